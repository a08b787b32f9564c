import { join, relative } from 'node:path';
import type { ActivityDefinition, AssessmentConfig, BuiltActivity, Disaggregation, IndicatorContract } from '@dh/core';
import { findDesignRoute, type DesignRoute } from '../design/design-route.js';
import { buildRecordDesign, type RecordDesignResult } from '../design/record-design.js';
import type { Thresholds } from '../disclosure/disclosure-control.js';
import type { AnalysisData } from '../export/analysis-data.js';
import type { ActivityResult, AnalysisProblem, DisaggregationResult, EstimateRow, IndicatorResult } from '../results/results-schema.js';
import { activityColumnPlans, disaggregationFits, recordNames } from './activity-columns.js';
import { ineligibility } from './indicator-eligibility.js';
import { indicatorResult } from './indicator-metadata.js';
import { estimateFromTables, type TableContext } from './estimate-from-tables.js';
import { loadActivityTables, type LoadedTables } from './load-activity-tables.js';
import { findRecordFiles } from '../load/record-files.js';

export interface ActivityAnalysisOptions {
  readonly activity: ActivityDefinition;
  readonly config: AssessmentConfig;
  readonly assessmentDir: string;
  readonly thresholds: Thresholds;
  readonly confidenceLevel: number;
  /** Keep each indicator's tidy rows for `--export-analysis-data`. */
  readonly keepAnalysisData: boolean;
}

export interface ActivityAnalysis {
  readonly activity: ActivityResult;
  readonly indicators: IndicatorResult[];
  readonly disaggregations: DisaggregationResult[];
  readonly estimates: EstimateRow[];
  readonly problems: AnalysisProblem[];
  readonly analysisData: AnalysisData[];
}

/** What the contracts need before any data is read: design routes, names, eligible indicators. */
interface ActivityPlan {
  readonly routes: ReadonlyMap<string, DesignRoute | undefined>;
  readonly disaggregationsOf: (indicator: IndicatorContract) => Disaggregation[];
  readonly eligible: readonly IndicatorContract[];
  /** Why each ineligible indicator cannot be computed. */
  readonly reasons: ReadonlyMap<string, string>;
  readonly problems: AnalysisProblem[];
}

function planActivity(activity: ActivityDefinition, built: BuiltActivity, config: AssessmentConfig, pinned: string | undefined): ActivityPlan {
  const routes = new Map(built.recordTypes.map((r) => [r.name, findDesignRoute(r.name, built.designs, built.links)]));
  const namesOf = (recordType: string): Set<string> => {
    const names = recordNames(built, recordType);
    const own = built.designs.find((d) => d.recordType === recordType);
    if (own) [own.stratum, own.psu, own.weight].forEach((n) => names.add(n));
    return names;
  };
  const problems: AnalysisProblem[] = [];
  const recordTypes = new Map(built.recordTypes.map((r) => [r.name, r]));
  const reasons = new Map<string, string>();
  const eligible: IndicatorContract[] = [];
  for (const indicator of built.indicators) {
    const reason = ineligibility(indicator, { activityId: activity.id, pinnedVersion: pinned, recordTypes, namesOf, routeOf: (r) => routes.get(r), config });
    if (reason === undefined) eligible.push(indicator);
    else reasons.set(indicator.id, reason);
  }
  return { routes, disaggregationsOf: disaggregationResolver(built, activity.id, namesOf, problems), eligible, reasons, problems };
}

/** Every indicator contract of one activity, evaluated on the assessment's data for it. */
export async function analyzeActivity(options: ActivityAnalysisOptions): Promise<ActivityAnalysis> {
  const { activity, config } = options;
  const built = activity.build(config);
  const pinned = config.activities[activity.id]?.version;
  const dataDir = join(options.assessmentDir, 'data', activity.id);
  if ((await findRecordFiles(dataDir, built.recordTypes.map((r) => r.name))).files.size === 0) {
    return noData(activity, built, pinned, relative(options.assessmentDir, dataDir));
  }
  const plan = planActivity(activity, built, config, pinned);
  const usedRoutes = [...new Set(plan.eligible.filter((i) => i.weighted).map((i) => plan.routes.get(i.recordType)))].filter((r): r is DesignRoute => r !== undefined);
  const loaded = await loadActivityTables(activity.id, dataDir, options.assessmentDir, activityColumnPlans(built, plan.eligible, plan.disaggregationsOf, usedRoutes));
  const context = tableContext(options, built, plan, loaded);
  const estimated = estimateIndicators(built, plan, context);
  const problems = [...plan.problems, ...loaded.problems, ...estimated.problems];
  for (const result of estimated.indicators) {
    if (result.reason !== null) problems.push({ severity: 'error', activity: activity.id, indicator: result.id, message: `Not computed: ${result.reason}` });
  }
  return {
    activity: activityResult(activity, built, pinned, loaded.tables),
    indicators: estimated.indicators,
    disaggregations: disaggregationResults(activity.id, built),
    estimates: estimated.estimates,
    problems,
    analysisData: estimated.analysisData,
  };
}

function tableContext(options: ActivityAnalysisOptions, built: BuiltActivity, plan: ActivityPlan, loaded: LoadedTables): TableContext {
  const designs = new Map<string, RecordDesignResult>();
  const context: TableContext = {
    built,
    activityKind: options.activity.kind,
    tables: loaded.tables,
    unavailable: loaded.unavailable,
    designOf: (recordType) => {
      const route = plan.routes.get(recordType);
      if (!route) return undefined;
      if (!designs.has(recordType)) designs.set(recordType, designFor(route, context, options.config));
      return designs.get(recordType);
    },
    config: options.config,
    thresholds: options.thresholds,
    confidenceLevel: options.confidenceLevel,
    keepAnalysisData: options.keepAnalysisData,
  };
  return context;
}

/** Each indicator in contract order: estimated, or published with the reason it was not. */
function estimateIndicators(built: BuiltActivity, plan: ActivityPlan, context: TableContext): Pick<ActivityAnalysis, 'indicators' | 'estimates' | 'problems' | 'analysisData'> {
  const estimates: EstimateRow[] = [];
  const analysisData: AnalysisData[] = [];
  const problems: AnalysisProblem[] = [];
  const indicators = built.indicators.map((indicator) => {
    const used = plan.disaggregationsOf(indicator).map((d) => d.id);
    const early = plan.reasons.get(indicator.id);
    if (early !== undefined) return indicatorResult(indicator, built.derivedVariables, used, { reason: early });
    const outcome = estimateFromTables(indicator, plan.disaggregationsOf(indicator), context);
    if ('reason' in outcome) return indicatorResult(indicator, built.derivedVariables, used, { reason: outcome.reason });
    estimates.push(...outcome.rows);
    problems.push(...outcome.problems);
    if (outcome.data) analysisData.push(outcome.data);
    return indicatorResult(indicator, built.derivedVariables, used, { design: outcome.design, missingApplied: outcome.missingApplied });
  });
  return { indicators, estimates, problems, analysisData };
}

function designFor(route: DesignRoute, context: TableContext, config: AssessmentConfig): RecordDesignResult {
  const missing = [route.recordType, ...route.links.map((l) => l.to.recordType)].find((r) => !context.tables.has(r));
  if (missing !== undefined) {
    const why = context.unavailable.get(missing) ?? `record type "${missing}" was not read.`;
    return { status: 'failure', reason: missing === route.recordType ? why : `its design comes from ${route.declaration.recordType}, but ${why}` };
  }
  return buildRecordDesign(route, context.tables, config.survey?.lonelyPsu ?? 'fail');
}

/** The disaggregations an indicator names that exist and fit its record type; the others are reported once. */
function disaggregationResolver(built: BuiltActivity, activityId: string, namesOf: (r: string) => ReadonlySet<string>, problems: AnalysisProblem[]): (i: IndicatorContract) => Disaggregation[] {
  const byId = new Map(built.disaggregations.map((d) => [d.id, d]));
  const cache = new Map<string, Disaggregation[]>();
  return (indicator) => {
    let found = cache.get(indicator.id);
    if (found) return found;
    found = [];
    for (const id of indicator.disaggregations) {
      const d = byId.get(id);
      if (d && disaggregationFits(d, namesOf(indicator.recordType))) found.push(d);
      else problems.push({ severity: 'warning', activity: activityId, indicator: indicator.id, message: d ? `Disaggregation "${id}" reads variables record type "${indicator.recordType}" does not have: left out.` : `Disaggregation "${id}" is not defined by ${activityId}: left out.` });
    }
    cache.set(indicator.id, found);
    return found;
  };
}

/** An activity whose data folder holds no record file yet: reported once, as a warning, not as failures. */
function noData(activity: ActivityDefinition, built: BuiltActivity, pinned: string | undefined, dataDir: string): ActivityAnalysis {
  const reason = `no data yet: ${dataDir}/ holds no record file (${built.recordTypes.map((r) => `${r.name}.csv`).join(', ')}).`;
  return {
    activity: activityResult(activity, built, pinned, new Map()),
    indicators: built.indicators.map((i) => indicatorResult(i, built.derivedVariables, i.disaggregations, { reason })),
    disaggregations: disaggregationResults(activity.id, built),
    estimates: [],
    problems: [{ severity: 'warning', activity: activity.id, indicator: null, message: `${activity.id}: ${reason}` }],
    analysisData: [],
  };
}

function disaggregationResults(activityId: string, built: BuiltActivity): DisaggregationResult[] {
  return built.disaggregations.map((d) => ({ activity: activityId, id: d.id, title: d.title, levels: d.levels.map((l) => ({ code: l.code, label: l.label })) }));
}

function activityResult(activity: ActivityDefinition, built: BuiltActivity, pinned: string | undefined, tables: ReadonlyMap<string, { file: string; size: number }>): ActivityResult {
  return {
    id: activity.id,
    title: activity.title,
    kind: activity.kind,
    usesSurveyDesign: activity.usesSurveyDesign,
    pinnedVersion: pinned ?? null,
    packageVersion: activity.version,
    records: built.recordTypes.map((r) => ({ recordType: r.name, instrumentVersion: r.instrumentVersion, file: tables.get(r.name)?.file ?? null, rows: tables.get(r.name)?.size ?? 0 })),
  };
}
