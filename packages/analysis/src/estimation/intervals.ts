import { betaQuantile } from './distributions/beta-quantile.js';
import { normalQuantile } from './distributions/normal.js';
import { studentTQuantile } from './distributions/student-t.js';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

const NO_INTERVAL: Interval = { low: Number.NaN, high: Number.NaN };

/** estimate ± t(df)·se, as R's confint(svystat, df = ...). */
export function waldInterval(estimate: number, se: number, df: number, level: number): Interval {
  const alpha = 1 - level;
  return {
    low: estimate + se * studentTQuantile(alpha / 2, df),
    high: estimate + se * studentTQuantile(1 - alpha / 2, df),
  };
}

/**
 * svyciprop(method = "logit"): the intercept of a survey-weighted logistic
 * model is logit(p̂) with SE = SE(p̂)/(p̂(1 − p̂)); the Wald t interval on that
 * scale is mapped back with expit. Undefined when p̂ is 0 or 1.
 */
export function logitInterval(p: number, se: number, df: number, level: number): Interval {
  if (!(df > 0) || !(p > 0 && p < 1)) return NO_INTERVAL;
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  const centre = Math.log(p / (1 - p));
  const half = (t * se) / (p * (1 - p));
  return { low: expit(centre - half), high: expit(centre + half) };
}

function expit(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}

/**
 * Korn–Graubard interval, as svyciprop(method = "beta"): a Clopper–Pearson
 * interval on the effective sample size n* = p̂(1 − p̂)/Var(p̂), rescaled by
 * (t(n − 1)/t(df))² at α/2, n being the unweighted rows of the estimate.
 * Where Var(p̂) = 0 (p̂ is 0 or 1, or PSUs identical) R returns NaN; we use
 * n* = n there (Korn & Graubard 1998, as Stata does), so p̂ = 0 still gets an
 * upper bound.
 */
export function kornGraubardInterval(p: number, variance: number, n: number, df: number, level: number): Interval {
  if (!(df > 0) || n < 2 || Number.isNaN(p)) return NO_INTERVAL;
  const alpha = 1 - level;
  const ratio = studentTQuantile(alpha / 2, n - 1) / studentTQuantile(alpha / 2, df);
  const nEffective = (variance > 0 ? (p * (1 - p)) / variance : n) * ratio * ratio;
  return {
    low: betaQuantile(alpha / 2, nEffective * p, nEffective * (1 - p) + 1),
    high: betaQuantile(1 - alpha / 2, nEffective * p + 1, nEffective * (1 - p)),
  };
}

/** Wilson score interval for x successes in n trials (R's prop.test(x, n, correct = FALSE)). */
export function wilsonInterval(x: number, n: number, level: number): Interval {
  if (!(n > 0)) return NO_INTERVAL;
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = x / n;
  const z2n = (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2n / (2 * n));
  // The bounds are exactly 0 and 1 at the edges, as R sets them.
  return {
    low: x <= 0 ? 0 : (p + z2n - half) / (1 + 2 * z2n),
    high: x >= n ? 1 : (p + z2n + half) / (1 + 2 * z2n),
  };
}
