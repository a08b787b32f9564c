import { designEffect } from './deff.js';
import type { CompiledDesign } from './design.js';
import { activeRows } from './domain.js';
import { waldInterval } from './intervals.js';
import { toEstimate } from './mean.js';
import { confidenceLevel, intervalDf } from './options.js';
import type { Estimate, EstimateOptions } from './types.js';
import { designVariance, newPsuScores } from './variance.js';

/**
 * Ratio of weighted totals Σw·num / Σw·den over the domain (svyratio on
 * subset(design, domain)), linearised with scores w·(num − R·den)/Σw·den,
 * with a Wald t interval. Rows with either value missing (NaN) are left out.
 */
export function estimateRatio(
  design: CompiledDesign,
  numerator: ArrayLike<number>,
  denominator: ArrayLike<number>,
  options: EstimateOptions = {},
): Estimate {
  const level = confidenceLevel(options);
  const rows = activeRows(design, options.domain, [numerator, denominator]);
  const { weights, psuOfRow } = design;
  let n = 0;
  let sumW = 0;
  let sumNum = 0;
  let sumDen = 0;
  for (let i = 0; i < design.nRows; i++) {
    if (rows[i] === 0) continue;
    const w = weights[i] ?? 0;
    n += 1;
    sumW += w;
    sumNum += w * (numerator[i] ?? 0);
    sumDen += w * (denominator[i] ?? 0);
  }
  const ratio = sumNum / sumDen;
  const scores = newPsuScores(design);
  let sumWR = 0;
  let sumWR2 = 0;
  for (let i = 0; i < design.nRows; i++) {
    if (rows[i] === 0) continue;
    const w = weights[i] ?? 0;
    const j = psuOfRow[i] ?? 0;
    const r = ((numerator[i] ?? 0) - ratio * (denominator[i] ?? 0)) / sumDen;
    scores.totals[j] = (scores.totals[j] ?? 0) + w * r;
    scores.present[j] = 1;
    sumWR += w * r;
    sumWR2 += w * r * r;
  }
  const { variance, df: domainDf } = designVariance(design, scores);
  // R: deff(svytotal(r, design)) with r the linearised ratio variable (weighted mean ≈ 0).
  const squares = sumWR2 - (sumWR * sumWR) / sumW;
  const deff = designEffect(variance, squares, n, sumW, sumW * sumW, options.deff ?? 'srswor');
  const core = { estimate: ratio, variance: n === 0 ? Number.NaN : variance, df: domainDf, deff, n, weightedN: sumW };
  const df = intervalDf(options, domainDf);
  return toEstimate(core, waldInterval(ratio, Math.sqrt(core.variance), df, level), 'mean', level, df);
}
