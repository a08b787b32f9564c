import { designEffect } from './deff.js';
import type { CompiledDesign } from './design.js';
import { activeRows } from './domain.js';
import { waldInterval } from './intervals.js';
import { toEstimate } from './mean.js';
import { confidenceLevel, intervalDf } from './options.js';
import type { Estimate, EstimateOptions } from './types.js';
import { designVariance, newPsuScores } from './variance.js';

/** Weighted total Σw·y over the domain (svytotal on subset(design, domain)), with a Wald t interval. */
export function estimateTotal(design: CompiledDesign, y: ArrayLike<number>, options: EstimateOptions = {}): Estimate {
  const level = confidenceLevel(options);
  const rows = activeRows(design, options.domain, [y]);
  const { weights, psuOfRow } = design;
  const scores = newPsuScores(design);
  let n = 0;
  let sumW = 0;
  let total = 0;
  for (let i = 0; i < design.nRows; i++) {
    if (rows[i] === 0) continue;
    const w = weights[i] ?? 0;
    const j = psuOfRow[i] ?? 0;
    const score = w * (y[i] ?? 0);
    n += 1;
    sumW += w;
    total += score;
    // The linearised score of a total is the weighted value itself.
    scores.totals[j] = (scores.totals[j] ?? 0) + score;
    scores.present[j] = 1;
  }
  const { variance, df: domainDf } = designVariance(design, scores);
  const deff = designEffect(variance, weightedSquares(design, rows, y, total / sumW), n, sumW, sumW * sumW, options.deff ?? 'srswor');
  const core = {
    estimate: n === 0 ? Number.NaN : total,
    variance: n === 0 ? Number.NaN : variance,
    df: domainDf,
    deff,
    n,
    weightedN: sumW,
  };
  const df = intervalDf(options, domainDf);
  return toEstimate(core, waldInterval(core.estimate, Math.sqrt(core.variance), df, level), 'mean', level, df);
}

/** Σw·(y − ȳ)² over the active rows (for the design effect). */
export function weightedSquares(design: CompiledDesign, rows: Uint8Array, y: ArrayLike<number>, mean: number): number {
  let sum = 0;
  for (let i = 0; i < design.nRows; i++) {
    if (rows[i] === 0) continue;
    const d = (y[i] ?? 0) - mean;
    sum += (design.weights[i] ?? 0) * d * d;
  }
  return sum;
}
