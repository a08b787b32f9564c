import { designEffect } from './deff.js';
import type { CompiledDesign } from './design.js';
import { activeRows } from './domain.js';
import { EstimationInputError } from './errors.js';
import { kornGraubardInterval, logitInterval, waldInterval } from './intervals.js';
import type { Interval } from './intervals.js';
import { confidenceLevel, intervalDf } from './options.js';
import type { CiMethod, Estimate, EstimateOptions, PointAndVariance, ProportionOptions } from './types.js';
import { designVariance, newPsuScores } from './variance.js';

/**
 * Weighted mean of y over the domain, the ratio Σw·y·d / Σw·d with d the
 * domain indicator (svymean on subset(design, domain)), with a Wald t interval.
 */
export function estimateMean(design: CompiledDesign, y: ArrayLike<number>, options: EstimateOptions = {}): Estimate {
  const level = confidenceLevel(options);
  const core = meanAndVariance(design, y, options);
  const df = intervalDf(options, core.df);
  return toEstimate(core, waldInterval(core.estimate, Math.sqrt(core.variance), df, level), 'mean', level, df);
}

/**
 * Weighted proportion of rows with y = 1 in the domain (y is 0/1, NaN = missing),
 * with a logit (default), Korn–Graubard ('beta') or Wald ('mean') interval.
 * Where p̂ is 0 or 1 the logit interval does not exist and Korn–Graubard is
 * returned instead (ciMethod says so).
 */
export function estimateProportion(design: CompiledDesign, y: ArrayLike<number>, options: ProportionOptions = {}): Estimate {
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1 && !Number.isNaN(v)) {
      throw new EstimationInputError(`Row ${i + 1}: a proportion needs 0/1 values (NaN for missing), got ${String(v)}.`);
    }
  }
  const level = confidenceLevel(options);
  const core = meanAndVariance(design, y, options);
  const df = intervalDf(options, core.df);
  const p = core.estimate;
  const se = Math.sqrt(core.variance);
  let method: CiMethod = options.ciMethod ?? 'logit';
  if (method === 'logit' && (p === 0 || p === 1)) method = 'beta';
  const interval =
    method === 'logit'
      ? logitInterval(p, se, df, level)
      : method === 'beta'
        ? kornGraubardInterval(p, core.variance, core.n, df, level)
        : waldInterval(p, se, df, level);
  return toEstimate(core, interval, method, level, df);
}

/** Two passes over the rows: weighted sums, then PSU totals of the linearised scores w·(y − ȳ)/Σw. */
function meanAndVariance(design: CompiledDesign, y: ArrayLike<number>, options: EstimateOptions): PointAndVariance {
  const rows = activeRows(design, options.domain, [y]);
  const { weights, psuOfRow } = design;
  let n = 0;
  let sumW = 0;
  let sumWY = 0;
  for (let i = 0; i < design.nRows; i++) {
    if (rows[i] === 0) continue;
    const w = weights[i] ?? 0;
    n += 1;
    sumW += w;
    sumWY += w * (y[i] ?? 0);
  }
  const mean = sumWY / sumW;
  const scores = newPsuScores(design);
  let weightedSquares = 0;
  for (let i = 0; i < design.nRows; i++) {
    if (rows[i] === 0) continue;
    const w = weights[i] ?? 0;
    const j = psuOfRow[i] ?? 0;
    const d = (y[i] ?? 0) - mean;
    scores.totals[j] = (scores.totals[j] ?? 0) + (w * d) / sumW;
    scores.present[j] = 1;
    weightedSquares += w * d * d;
  }
  const { variance, df } = designVariance(design, scores);
  const deff = designEffect(variance, weightedSquares, n, sumW, 1, options.deff ?? 'srswor');
  return { estimate: mean, variance: n === 0 ? Number.NaN : variance, df, deff, n, weightedN: sumW };
}

/** Assembles the public result from the design-based pieces and an interval. */
export function toEstimate(core: PointAndVariance, interval: Interval, ciMethod: CiMethod, level: number, df: number): Estimate {
  return {
    estimate: core.estimate,
    se: Math.sqrt(core.variance),
    ciLow: interval.low,
    ciHigh: interval.high,
    ciMethod,
    level,
    df,
    deff: core.deff,
    n: core.n,
    weightedN: core.weightedN,
    representative: true,
  };
}
