import { type ActivityKind, type AssessmentConfig, type BuiltActivity, type Disaggregation, type IndicatorContract } from '@dh/core';
import { gather, type RecordDesign, type RecordDesignResult } from '../design/record-design.js';
import type { Thresholds } from '../disclosure/disclosure-control.js';
import type { AnalysisData } from '../export/analysis-data.js';
import { estimateIndicator } from '../indicators/estimate-indicator.js';
import { masksOf } from '../indicators/expression-masks.js';
import { indicatorValues } from '../indicators/indicator-values.js';
import { populationFigure } from '../indicators/population-figure.js';
import type { RecordTable } from '../load/read-record-table.js';
import type { AnalysisProblem, EstimateRow, IndicatorResult } from '../results/results-schema.js';

export interface TableContext {
  readonly built: BuiltActivity;
  readonly activityKind: ActivityKind;
  readonly tables: ReadonlyMap<string, RecordTable>;
  readonly unavailable: ReadonlyMap<string, string>;
  readonly designOf: (recordType: string) => RecordDesignResult | undefined;
  readonly config: AssessmentConfig;
  readonly thresholds: Thresholds;
  readonly confidenceLevel: number;
  readonly keepAnalysisData: boolean;
}

export type TableOutcome =
  | { readonly reason: string }
  | {
      readonly rows: EstimateRow[];
      readonly problems: AnalysisProblem[];
      readonly design: string;
      readonly missingApplied: NonNullable<IndicatorResult['missingApplied']>;
      readonly data?: AnalysisData;
    };

/** Evaluates one indicator on its record type's table and estimates it on the full design. */
export function estimateFromTables(
  indicator: IndicatorContract,
  disaggregations: readonly Disaggregation[],
  ctx: TableContext,
): TableOutcome {
  const table = ctx.tables.get(indicator.recordType);
  if (!table) return { reason: ctx.unavailable.get(indicator.recordType) ?? `record type "${indicator.recordType}" was not read.` };
  let design: RecordDesign | undefined;
  if (indicator.weighted) {
    const result = ctx.designOf(indicator.recordType);
    if (!result || result.status === 'failure') return { reason: result?.status === 'failure' ? result.reason : 'no survey design.' };
    design = result.design;
  }
  const recordType = ctx.built.recordTypes.find((r) => r.name === indicator.recordType);
  const fields = new Map((recordType?.fields ?? []).map((f) => [f.name, f]));
  const masks = masksOf(table);
  const values = indicatorValues(indicator, fields, new Set(fields.keys()), masks);
  const problems: AnalysisProblem[] = [];
  const pick = <T extends Uint8Array | Float64Array>(a: T): T => (design ? gather(a, design.rows) : a);
  if (design) {
    const outside = countOutsideDesign(values.universe, design.inDesign);
    if (outside > 0)
      problems.push({
        severity: 'warning',
        activity: indicator.activity,
        indicator: indicator.id,
        message: `${outside} ${indicator.recordType} row(s) of the universe have no complete design (stratum, PSU, weight above 0) and are left out of the estimate.`,
      });
  }
  const domains = disaggregations.map((d) => ({ disaggregation: d, masks: d.levels.map((level) => pick(masks.mask(level.when))) }));
  const universe = pick(values.universe);
  const y = pick(values.y);
  const { rows, failures } = estimateIndicator({
    activityKind: ctx.activityKind,
    indicator,
    values: { ...values, universe, y },
    design: design?.compiled,
    disaggregations: domains,
    config: ctx.config,
    thresholds: ctx.thresholds,
    confidenceLevel: ctx.confidenceLevel,
  });
  for (const failure of failures)
    problems.push({ severity: 'error', activity: indicator.activity, indicator: indicator.id, message: `Not estimable: ${failure}` });
  const rateBase =
    indicator.estimator === 'rate-per-100000' ? populationFigure(ctx.config, indicator.populationBase ?? 'children') : undefined;
  const data: AnalysisData | undefined = ctx.keepAnalysisData
    ? {
        indicator,
        ...(design && {
          design: { strata: design.strata, psu: design.psu, weights: design.weights, lonelyPsu: design.compiled.lonelyPsu },
        }),
        universe,
        y,
        domains: domains.map(({ disaggregation, masks }) => ({
          id: disaggregation.id,
          levels: disaggregation.levels.map((l) => ({ code: l.code, label: l.label })),
          masks,
        })),
        confidenceLevel: ctx.confidenceLevel,
        ...(rateBase !== undefined && { rateBase }),
      }
    : undefined;
  return {
    rows,
    problems,
    design: design?.description ?? `${indicator.recordType} (unweighted)`,
    missingApplied: values.treated,
    ...(data && { data }),
  };
}

function countOutsideDesign(universe: Uint8Array, inDesign: Uint8Array): number {
  let outside = 0;
  for (let i = 0; i < universe.length; i++) if (universe[i] && !inDesign[i]) outside += 1;
  return outside;
}
