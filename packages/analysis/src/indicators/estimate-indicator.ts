import { type ActivityKind, type AssessmentConfig, type Disaggregation, type IndicatorContract } from '@dh/core';
import { discloseEstimate, type Thresholds } from '../disclosure/disclosure-control.js';
import { EstimationInputError, type CompiledDesign } from '../estimation/index.js';
import type { EstimateRow } from '../results/results-schema.js';
import { estimateOne, type RawEstimate } from './estimate-one.js';
import type { IndicatorValues } from './indicator-values.js';
import { populationFigure } from './population-figure.js';

export interface IndicatorEstimation {
  readonly activityKind: ActivityKind;
  readonly indicator: IndicatorContract;
  readonly values: IndicatorValues;
  readonly design: CompiledDesign | undefined;
  /** Per disaggregation the contract names: its level masks, aligned with `values`. */
  readonly disaggregations: readonly { readonly disaggregation: Disaggregation; readonly masks: readonly Uint8Array[] }[];
  readonly config: AssessmentConfig;
  readonly thresholds: Thresholds;
  readonly confidenceLevel: number;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The published rows, and why any cell could not be estimated at all (a lonely PSU under "fail"). */
export interface IndicatorEstimates {
  readonly rows: EstimateRow[];
  readonly failures: readonly string[];
}

/** The overall estimate, then each level of each disaggregation, each after disclosure control. */
export function estimateIndicator(input: IndicatorEstimation): IndicatorEstimates {
  const { values } = input;
  const failures = new Set<string>();
  const rows = [cell(input, values.universe, null, null, 'All', failures)];
  for (const { disaggregation, masks } of input.disaggregations) {
    disaggregation.levels.forEach((level, l) => {
      const mask = masks[l] ?? new Uint8Array(values.universe.length);
      const domain = new Uint8Array(mask.length);
      for (let i = 0; i < domain.length; i++) domain[i] = values.universe[i] && mask[i] ? 1 : 0;
      rows.push(cell(input, domain, disaggregation.id, level.code, level.label, failures));
    });
  }
  return { rows, failures: [...failures] };
}

function cell(
  input: IndicatorEstimation,
  domain: Uint8Array,
  disaggregation: string | null,
  level: string | null,
  levelLabel: string,
  failures: Set<string>,
): EstimateRow {
  const { indicator } = input;
  const base = { activity: indicator.activity, indicator: indicator.id, disaggregation, level, levelLabel };
  let raw: RawEstimate;
  try {
    raw = estimateOne(indicator, { design: input.design, y: input.values.y, domain, level: input.confidenceLevel, ...rateBase(input) });
  } catch (error) {
    if (!(error instanceof EstimationInputError)) throw error;
    failures.add(error.message);
    return { ...base, ...EMPTY, flags: ['not-estimable'], notes: [error.message] };
  }
  const sampled = input.activityKind === 'survey' || input.activityKind === 'interview';
  const representative = indicator.weighted || !sampled;
  const qualitative = indicator.estimator === 'count' && !indicator.weighted;
  const decision = discloseEstimate({ n: raw.n, representative, ...(qualitative && { count: raw.estimate }) }, input.thresholds);
  if (decision.withhold) return { ...base, ...EMPTY, flags: decision.flags, notes: decision.notes };
  if (!Number.isFinite(raw.estimate)) {
    return {
      ...base,
      ...EMPTY,
      n: raw.n,
      flags: [...decision.flags, 'not-estimable'],
      notes: [...decision.notes, 'No estimate: no cases with an answer.'],
    };
  }
  return {
    ...base,
    estimate: raw.estimate,
    se: finite(raw.se),
    ciLow: finite(raw.ciLow),
    ciHigh: finite(raw.ciHigh),
    ciMethod: Number.isFinite(raw.ciLow) ? raw.ciMethod : null,
    df: finite(raw.df),
    n: raw.n,
    weightedN: indicator.weighted ? finite(raw.weightedN) : null,
    deff: finite(raw.deff),
    ...nationalCount(input, raw, disaggregation === null),
    flags: decision.flags,
    notes: decision.notes,
  };
}

const EMPTY = {
  estimate: null,
  se: null,
  ciLow: null,
  ciHigh: null,
  ciMethod: null,
  df: null,
  n: null,
  weightedN: null,
  deff: null,
  nationalCount: null,
  nationalCountLow: null,
  nationalCountHigh: null,
} as const;

function rateBase(input: IndicatorEstimation): { rateBase?: number } {
  if (input.indicator.estimator !== 'rate-per-100000') return {};
  const figure = populationFigure(input.config, input.indicator.populationBase ?? 'children');
  return figure === undefined ? {} : { rateBase: figure };
}

/**
 * Estimate × the population figure the contract declares, for the overall weighted share
 * only: a level's share of the whole population is not that figure, so it gets none.
 */
function nationalCount(
  input: IndicatorEstimation,
  raw: RawEstimate,
  overall: boolean,
): Pick<EstimateRow, 'nationalCount' | 'nationalCountLow' | 'nationalCountHigh'> {
  const base = input.indicator.populationBase;
  const figure = base === undefined ? undefined : populationFigure(input.config, base);
  if (!overall || figure === undefined || input.indicator.estimator !== 'proportion' || !input.indicator.weighted) {
    return { nationalCount: null, nationalCountLow: null, nationalCountHigh: null };
  }
  const round = (x: number): number | null => finite(Math.round(x * figure));
  return { nationalCount: round(raw.estimate), nationalCountLow: round(raw.ciLow), nationalCountHigh: round(raw.ciHigh) };
}
