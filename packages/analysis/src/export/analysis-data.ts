import type { IndicatorContract } from '@dh/core';
import type { LonelyPsuPolicy } from '../estimation/index.js';

/**
 * The tidy rows one indicator was estimated from (after missing treatment), kept only
 * when `--export-analysis-data` asks, so a methodologist can reproduce every number in R.
 * Weighted: the rows of the full design; unweighted: every row of the record type.
 */
export interface AnalysisData {
  readonly indicator: IndicatorContract;
  readonly design?: {
    readonly strata: readonly string[];
    readonly psu: readonly string[];
    readonly weights: Float64Array;
    readonly lonelyPsu: LonelyPsuPolicy;
  };
  readonly universe: Uint8Array;
  readonly y: Float64Array;
  readonly domains: readonly AnalysisDomain[];
  readonly confidenceLevel: number;
  /** Population figure a rate per 100,000 divides by. */
  readonly rateBase?: number;
}

export interface AnalysisDomain {
  readonly id: string;
  readonly levels: readonly { readonly code: string; readonly label: string }[];
  /** Per level, 1 for rows in it. */
  readonly masks: readonly Uint8Array[];
}
