import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import {
  referencedNames,
  type ActivityDefinition,
  type AssessmentConfig,
  type BuiltActivity,
  type Disaggregation,
  type IndicatorContract,
  type TableContract,
} from '@dh/core';
import { DATA_FILE_EXTENSIONS, type RowThreads } from '@dh/validate';
import { findDesignRoute, type DesignRoute } from '../design/design-route.js';
import { buildRecordDesign, type RecordDesignResult } from '../design/record-design.js';
import type { Thresholds } from '../disclosure/disclosure-control.js';
import type { AnalysisData } from '../export/analysis-data.js';
import type {
  ActivityResult,
  AnalysisProblem,
  DisaggregationResult,
  EstimateRow,
  ExcerptResult,
  IndicatorResult,
  TableResult,
} from '../results/results-schema.js';
import { protectedTables } from '../tables/compute-table.js';
import { excerptColumns, publishableExcerpts } from '../tables/excerpts.js';
import { notComputed } from '../tables/table-context.js';
import { activityColumnPlans, disaggregationFits, recordNames } from './activity-columns.js';
import { protectEstimates } from '../disclosure/complementary-estimates.js';
import { estimateFromTables, type TableContext } from './estimate-from-tables.js';
import { contractIneligibility, ineligibility } from './indicator-eligibility.js';
import { tableNeeds } from '../tables/table-needs.js';
import { indicatorResult } from './indicator-metadata.js';
import { loadActivityTables, type LoadedTables } from './load-activity-tables.js';

export interface ActivityAnalysisOptions {
  readonly activity: ActivityDefinition;
  readonly config: AssessmentConfig;
  readonly assessmentDir: string;
  readonly thresholds: Thresholds;
  readonly confidenceLevel: number;
  /** Keep each indicator's tidy rows for `--export-analysis-data`. */
  readonly keepAnalysisData: boolean;
  /** Analyse data that have validation errors (the results say so). */
  readonly allowErrors: boolean;
  /** Publish excerpts of coded segments that pass the identifier scan (`dh analyze --excerpts`). */
  readonly excerpts?: boolean;
  /** Threads sharing the row checks of large files as the data are read. */
  readonly rowThreads?: RowThreads;
}

export interface ActivityAnalysis {
  readonly activity: ActivityResult;
  readonly indicators: IndicatorResult[];
  readonly disaggregations: DisaggregationResult[];
  readonly estimates: EstimateRow[];
  readonly tables: TableResult[];
  /** Present only when excerpts were asked for. */
  readonly excerpts?: ExcerptResult[];
  readonly problems: AnalysisProblem[];
  readonly analysisData: AnalysisData[];
}

/** What the contracts need before any data is read: design routes, names, eligible indicators. */
interface ActivityPlan {
  readonly routes: ReadonlyMap<string, DesignRoute | undefined>;
  readonly disaggregationsOf: (indicator: IndicatorContract) => Disaggregation[];
  readonly eligible: readonly IndicatorContract[];
  readonly eligibleTables: readonly TableContract[];
  /** Why each ineligible indicator or table cannot be computed. */
  readonly reasons: ReadonlyMap<string, string>;
  readonly problems: AnalysisProblem[];
}

function planActivity(
  activity: ActivityDefinition,
  built: BuiltActivity,
  config: AssessmentConfig,
  pinned: string | undefined,
): ActivityPlan {
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
    const reason = ineligibility(indicator, {
      activityId: activity.id,
      pinnedVersion: pinned,
      recordTypes,
      namesOf,
      routeOf: (r) => routes.get(r),
      config,
    });
    if (reason === undefined) eligible.push(indicator);
    else reasons.set(indicator.id, reason);
  }
  const eligibleTables: TableContract[] = [];
  for (const table of built.tables) {
    const tableReads = tableNeeds(built, [table]);
    const reads = [
      ...(tableReads.expressions.get(table.recordType) ?? []).flatMap(referencedNames),
      ...(tableReads.names.get(table.recordType) ?? []),
    ];
    const reason = contractIneligibility(table, reads, {
      activityId: activity.id,
      pinnedVersion: pinned,
      recordTypes,
      namesOf,
      routeOf: () => undefined,
      config,
    });
    if (reason === undefined) eligibleTables.push(table);
    else reasons.set(table.id, reason);
  }
  return {
    routes,
    disaggregationsOf: disaggregationResolver(built, activity.id, namesOf, problems),
    eligible,
    eligibleTables,
    reasons,
    problems,
  };
}

/** Whether a folder holds any file dh reads as data. */
function holdsData(dir: string): boolean {
  return (
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some(
      (e) => e.isFile() && !e.name.startsWith('.') && DATA_FILE_EXTENSIONS.includes(extname(e.name).toLowerCase()),
    )
  );
}

/**
 * Every analysis contract of one activity, evaluated on the assessment's data for it: the
 * data are read and validated by the one data path; with validation errors nothing is
 * computed unless `allowErrors` (and then the results say so).
 */
export async function analyzeActivity(options: ActivityAnalysisOptions): Promise<ActivityAnalysis> {
  const { activity, config } = options;
  const built = activity.build(config);
  const pinned = config.activities[activity.id]?.version;
  const dataDir = join(options.assessmentDir, 'data', activity.id);
  const shownDir = relative(options.assessmentDir, dataDir);
  const refusal = activity.refusal?.(config);
  if (refusal !== undefined) return withoutResults(options, built, null, `not analysed: ${refusal}`, 'error');
  if (!holdsData(dataDir))
    return withoutResults(options, built, null, `no data yet: ${shownDir}/ holds no data file (CSV, XLSX, JSON or NDJSON).`, 'warning');
  const plan = planActivity(activity, built, config, pinned);
  const usedRoutes = [...new Set(plan.eligible.filter((i) => i.weighted).map((i) => plan.routes.get(i.recordType)))].filter(
    (r): r is DesignRoute => r !== undefined,
  );
  const loaded = await loadActivityTables(
    activity,
    built,
    dataDir,
    options.assessmentDir,
    activityColumnPlans(
      built,
      plan.eligible,
      plan.disaggregationsOf,
      usedRoutes,
      plan.eligibleTables,
      options.excerpts === true ? excerptColumns(built) : new Map(),
    ),
    { personalData: config.personalData, rowThreads: options.rowThreads },
  );
  const { totals } = loaded.validation;
  const validation = {
    errors: totals.error,
    warnings: totals.warning,
    rows: totals.rows,
    analysedDespiteErrors: totals.error > 0 && options.allowErrors,
  };
  if (totals.error > 0 && !options.allowErrors) {
    return withoutResults(
      options,
      built,
      validation,
      `not analysed: the data in ${shownDir}/ have ${totals.error} validation error(s). Run dh validate ${shownDir} and fix them, or analyse anyway with --allow-errors (the results will say so).`,
      'error',
    );
  }
  const context = tableContext(options, built, plan, loaded);
  const estimated = estimateIndicators(built, plan, context);
  const tableCtx = {
    built,
    tables: loaded.tables,
    unavailable: loaded.unavailable,
    config,
    thresholds: options.thresholds,
    disclosure: activity.disclosure,
  };
  const tables = protectedTables(built.tables, tableCtx, plan.reasons);
  const problems = [...plan.problems, ...loaded.problems, ...estimated.problems];
  if (validation.analysedDespiteErrors) {
    problems.unshift({
      severity: 'warning',
      activity: activity.id,
      indicator: null,
      message: `analysed despite ${totals.error} validation error(s) in ${shownDir}/ (--allow-errors): ${totals.rows} rows read; rows with errors were used as they are.`,
    });
  }
  if (options.excerpts === true && totals.error > 0 && excerptColumns(built).size > 0)
    problems.push({
      severity: 'warning',
      activity: activity.id,
      indicator: null,
      message: `no excerpts published: the data in ${shownDir}/ have validation errors, and excerpts are published only from data that pass.`,
    });
  for (const result of [...estimated.indicators, ...tables]) {
    if (result.reason !== null)
      problems.push({ severity: 'error', activity: activity.id, indicator: result.id, message: `Not computed: ${result.reason}` });
  }
  return {
    activity: activityResult(options, built, validation, loaded.tables),
    indicators: estimated.indicators,
    disaggregations: disaggregationResults(activity.id, built),
    estimates: protectEstimates(estimated.estimates, built.indicators, options.thresholds),
    tables,
    // Excerpts only from data that passed validation: --allow-errors lets through what the checks
    // refused (excerpts over the length limit, interviews without consent, identifiers).
    ...(options.excerpts === true && { excerpts: totals.error > 0 ? [] : publishableExcerpts(activity.id, built, tableCtx, tables) }),
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
      if (!designs.has(recordType)) designs.set(recordType, designFor(route, context));
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
function estimateIndicators(
  built: BuiltActivity,
  plan: ActivityPlan,
  context: TableContext,
): Pick<ActivityAnalysis, 'indicators' | 'estimates' | 'problems' | 'analysisData'> {
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

function designFor(route: DesignRoute, context: TableContext): RecordDesignResult {
  const missing = [route.recordType, ...route.links.map((l) => l.to.recordType)].find((r) => !context.tables.has(r));
  if (missing !== undefined) {
    const why = context.unavailable.get(missing) ?? `record type "${missing}" was not read.`;
    return {
      status: 'failure',
      reason: missing === route.recordType ? why : `its design comes from ${route.declaration.recordType}, but ${why}`,
    };
  }
  return buildRecordDesign(route, context.tables, route.declaration.lonelyPsu);
}

/** The disaggregations an indicator names that exist and fit its record type; the others are reported once. */
function disaggregationResolver(
  built: BuiltActivity,
  activityId: string,
  namesOf: (r: string) => ReadonlySet<string>,
  problems: AnalysisProblem[],
): (i: IndicatorContract) => Disaggregation[] {
  const byId = new Map(built.disaggregations.map((d) => [d.id, d]));
  const cache = new Map<string, Disaggregation[]>();
  return (indicator) => {
    let found = cache.get(indicator.id);
    if (found) return found;
    found = [];
    for (const id of indicator.disaggregations) {
      const d = byId.get(id);
      if (d && disaggregationFits(d, namesOf(indicator.recordType))) found.push(d);
      else
        problems.push({
          severity: 'warning',
          activity: activityId,
          indicator: indicator.id,
          message: d
            ? `Disaggregation "${id}" reads variables record type "${indicator.recordType}" does not have: left out.`
            : `Disaggregation "${id}" is not defined by ${activityId}: left out.`,
        });
    }
    cache.set(indicator.id, found);
    return found;
  };
}

/** Every contract published with the one reason it was not computed (no data, refused, validation errors). */
function withoutResults(
  options: ActivityAnalysisOptions,
  built: BuiltActivity,
  validation: ActivityResult['validation'],
  reason: string,
  severity: AnalysisProblem['severity'],
): ActivityAnalysis {
  const { activity } = options;
  return {
    activity: activityResult(options, built, validation, new Map()),
    indicators: built.indicators.map((i) => indicatorResult(i, built.derivedVariables, i.disaggregations, { reason })),
    disaggregations: disaggregationResults(activity.id, built),
    estimates: [],
    tables: built.tables.map((t) => notComputed(t, reason)),
    problems: [{ severity, activity: activity.id, indicator: null, message: `${activity.id}: ${reason}` }],
    analysisData: [],
  };
}

function disaggregationResults(activityId: string, built: BuiltActivity): DisaggregationResult[] {
  return built.disaggregations.map((d) => ({
    activity: activityId,
    id: d.id,
    title: d.title,
    levels: d.levels.map((l) => ({ code: l.code, label: l.label })),
  }));
}

function activityResult(
  options: ActivityAnalysisOptions,
  built: BuiltActivity,
  validation: ActivityResult['validation'],
  tables: ReadonlyMap<string, { file: string; size: number }>,
): ActivityResult {
  const { activity, config } = options;
  return {
    id: activity.id,
    title: activity.title,
    kind: activity.kind,
    parameters: activity.comparability.map((key) => ({ id: key.id, title: key.title, value: key.value(config) })),
    disclosure: { case: activity.disclosure.case, description: activity.disclosure.description },
    validation,
    pinnedVersion: config.activities[activity.id]?.version ?? null,
    packageVersion: activity.version,
    records: built.recordTypes.map((r) => ({
      recordType: r.name,
      instrumentVersion: r.instrumentVersion,
      file: tables.get(r.name)?.file ?? null,
      rows: tables.get(r.name)?.size ?? 0,
    })),
  };
}
