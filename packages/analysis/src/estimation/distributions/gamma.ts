/** ln √(2π). */
export const LN_SQRT_2PI = 0.9189385332046727418;

/**
 * Stirling's correction δ(z) = lnΓ(z) − [(z − ½)·ln z − z + ln √(2π)] for z ≥ 10.
 * Eight terms of the asymptotic series are exact to double precision there, and
 * keeping δ separate lets callers cancel the large parts of lnΓ analytically.
 */
export function stirlingCorrection(z: number): number {
  const u = 1 / (z * z);
  // Coefficients B₂ₖ / (2k(2k − 1)), Horner in 1/z².
  const series =
    1 / 12 +
    u * (-1 / 360 + u * (1 / 1260 + u * (-1 / 1680 + u * (1 / 1188 + u * (-691 / 360360 + u * (1 / 156 + u * (-3617 / 122400)))))));
  return series / z;
}

/** ln Γ(z) for z > 0, absolute error about 1e-15 (what the beta prefactors need). */
export function logGamma(z: number): number {
  if (!(z > 0)) return Number.NaN;
  if (z === Number.POSITIVE_INFINITY) return z;
  // Shift up to z ≥ 10 where the Stirling series converges, using Γ(z + 1) = zΓ(z).
  let shift = 1;
  let x = z;
  while (x < 10) {
    shift *= x;
    x += 1;
  }
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x) - Math.log(shift);
}

const EPS = 1e-17;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/**
 * Regularised incomplete gamma: lower P(a, x) and upper Q(a, x) = 1 − P.
 * The tail computed directly (series for P when x < a + 1, continued fraction
 * for Q otherwise) has full relative precision; the other is its complement.
 */
export function incompleteGamma(a: number, x: number): { lower: number; upper: number } {
  if (Number.isNaN(a) || Number.isNaN(x)) return { lower: Number.NaN, upper: Number.NaN };
  if (x <= 0) return { lower: 0, upper: 1 };
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    const lower = Math.exp(logPrefix) * gammaSeries(a, x);
    return { lower, upper: 1 - lower };
  }
  const upper = Math.exp(logPrefix) * gammaContinuedFraction(a, x);
  return { lower: 1 - upper, upper };
}

/** Σ xⁿ / (a(a+1)…(a+n)), so that P(a, x) = xᵃe⁻ˣ/Γ(a) · series. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum;
}

/** Modified Lentz evaluation of the continued fraction for Q(a, x)·Γ(a)/(xᵃe⁻ˣ). */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 2.3e-16) break;
  }
  return h;
}
