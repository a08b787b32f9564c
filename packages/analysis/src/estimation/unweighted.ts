import type { DomainMask } from './domain.js';
import { EstimationInputError } from './errors.js';
import { wilsonInterval } from './intervals.js';
import { confidenceLevel } from './options.js';
import type { Estimate } from './types.js';

export interface UnweightedOptions {
  readonly domain?: DomainMask;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/**
 * Unweighted share of rows with y = 1 (0/1 values, NaN = missing) for
 * purposive samples such as the frontline-worker survey, with a Wilson score
 * interval (z quantile). Flagged `representative: false`: it describes the
 * respondents, not a population.
 */
export function estimateUnweightedProportion(y: ArrayLike<number>, options: UnweightedOptions = {}): Estimate {
  const level = confidenceLevel(options);
  const { domain } = options;
  if (domain !== undefined && domain.length !== y.length) {
    throw new EstimationInputError(`Domain has ${domain.length} rows but the values have ${y.length}.`);
  }
  let n = 0;
  let successes = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i] ?? Number.NaN;
    if ((domain !== undefined && !domain[i]) || Number.isNaN(v)) continue;
    if (v !== 0 && v !== 1) throw new EstimationInputError(`Row ${i + 1}: a proportion needs 0/1 values (NaN for missing), got ${v}.`);
    n += 1;
    successes += v;
  }
  const p = successes / n;
  const interval = wilsonInterval(successes, n, level);
  return {
    estimate: p,
    se: Math.sqrt((p * (1 - p)) / n),
    ciLow: interval.low,
    ciHigh: interval.high,
    ciMethod: 'wilson',
    level,
    df: Number.POSITIVE_INFINITY,
    deff: Number.NaN,
    n,
    weightedN: n,
    representative: false,
  };
}
