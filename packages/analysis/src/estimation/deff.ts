import type { DeffType } from './types.js';

/**
 * Design effect exactly as R survey computes it for svymean / svytotal
 * (deff = TRUE or "replace"): design variance over the variance of the same
 * estimator under simple random sampling of n units from the domain, with the
 * element variance S² = n/(n − 1)·Σw(v − v̄)²/Σw estimated from the sample.
 * `scale` is 1 for means and ratios of means, (Σw)² for totals.
 * NaN where R gives NA (n < 2, or Σw < n without replacement).
 */
export function designEffect(
  variance: number,
  weightedSquares: number,
  n: number,
  weightedN: number,
  scale: number,
  type: DeffType,
): number {
  if (n < 2) return Number.NaN;
  const s2 = ((weightedSquares / weightedN) * n) / (n - 1);
  if (type === 'srswr') return variance / ((s2 / n) * scale);
  // Without replacement: finite population correction (N − n)/N with N = Σw.
  if (weightedN < n) return Number.NaN;
  return variance / (((s2 * (weightedN - n)) / (weightedN * n)) * scale);
}
