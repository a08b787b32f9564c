import { betaQuantilePair } from './beta-quantile.js';
import { normalQuantile } from './normal.js';

/**
 * Student t quantile (R's qt(p, df)), via the beta distribution:
 * X = df / (df + T²) ~ Beta(df/2, ½) and P(|T| ≥ t) = 2·min(p, 1 − p).
 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || !(df > 0) || p < 0 || p > 1) return Number.NaN;
  if (df > 1e20) return normalQuantile(p);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  const tail = p < 0.5 ? p : 1 - p;
  // Both x and 1 − x come back exact, so t² = df·(1 − x)/x keeps its digits for any df.
  const { x, y } = betaQuantilePair(2 * tail, 1 - 2 * tail, df / 2, 0.5);
  const t = Math.sqrt((df * y) / x);
  return p < 0.5 ? -t : t;
}
