import { LN_SQRT_2PI, logGamma, stirlingCorrection } from './gamma.js';

/** ln B(a, b), keeping full precision when one or both shapes are large. */
export function logBeta(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const s = lo + hi;
  if (lo < 10) {
    // lnΓ(hi) − lnΓ(s) written so the two large Stirling terms cancel analytically.
    const diff = stirlingCorrection(hi) - stirlingCorrection(s) - lo * Math.log(s) - (hi - 0.5) * Math.log1p(lo / hi) + lo;
    return logGamma(lo) + diff;
  }
  return (
    (lo - 0.5) * Math.log(lo / s) +
    (hi - 0.5) * Math.log1p(-lo / s) -
    0.5 * Math.log(s) +
    LN_SQRT_2PI +
    stirlingCorrection(lo) +
    stirlingCorrection(hi) -
    stirlingCorrection(s)
  );
}

/** log(1 + u) − u without cancellation for small u. */
function log1pMinusU(u: number): number {
  if (Math.abs(u) > 0.1) return Math.log1p(u) - u;
  let power = u * u;
  let sum = 0;
  for (let k = 2; k < 60; k++) {
    const term = (k % 2 === 0 ? -power : power) / k;
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    power *= u;
  }
  return sum;
}

/**
 * xᵃ·yᵇ / B(a, b) with y = 1 − x supplied by the caller (so it is exact when
 * x is close to 1). For large shapes the Stirling form avoids exponentiating a
 * difference of huge logarithms (DiDonato & Morris' approach).
 */
export function betaPowerTerm(x: number, y: number, a: number, b: number): number {
  if (x <= 0 || y <= 0) return 0;
  if (a >= 10 && b >= 10) {
    const s = a + b;
    const x0 = a / s;
    const y0 = b / s;
    // a·ln(x/x0) + b·ln(y/y0) = a·[ln(1+u) − u] + b·[ln(1+v) − v] since a·u + b·v = 0.
    const exponent = a * log1pMinusU((x - x0) / x0) + b * log1pMinusU((y - y0) / y0);
    const correction = stirlingCorrection(s) - stirlingCorrection(a) - stirlingCorrection(b);
    return Math.exp(exponent + correction) * Math.sqrt((a * y0) / (2 * Math.PI));
  }
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}

export interface BetaTails {
  /** I_x(a, b). */
  readonly lower: number;
  /** 1 − I_x(a, b). */
  readonly upper: number;
  /** xᵃ·yᵇ / B(a, b): x·y times the density, reused by the quantile iteration. */
  readonly power: number;
}

/**
 * Both tails of the regularised incomplete beta function at x (y = 1 − x).
 * The tail evaluated by the continued fraction is relatively exact; the
 * other is its complement, so callers should use the smaller one.
 */
export function betaTails(x: number, y: number, a: number, b: number): BetaTails {
  if (x <= 0) return { lower: 0, upper: 1, power: 0 };
  if (y <= 0) return { lower: 1, upper: 0, power: 0 };
  const power = betaPowerTerm(x, y, a, b);
  // The fraction converges fast only below the mean; use symmetry above it.
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (power * betaContinuedFraction(x, a, b)) / a;
    return { lower, upper: 1 - lower, power };
  }
  const upper = (power * betaContinuedFraction(y, b, a)) / b;
  return { lower: 1 - upper, upper, power };
}

/** Regularised incomplete beta I_x(a, b), the Beta(a, b) CDF. */
export function betaCdf(x: number, a: number, b: number): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return Number.NaN;
  return betaTails(x, 1 - x, a, b).lower;
}

const TINY = 1e-300;

/** Modified Lentz evaluation of the continued fraction for I_x(a, b) (Numerical Recipes' betacf). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = guard(1 - (qab * x) / qap);
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / guard(1 + aa * d);
    c = guard(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / guard(1 + aa * d);
    c = guard(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 2.3e-16) break;
  }
  return h;
}

function guard(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
