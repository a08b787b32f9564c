import { betaTails } from './beta.js';

/** A quantile x of Beta(a, b) together with y = 1 − x, each to full relative precision. */
export interface BetaQuantile {
  readonly x: number;
  readonly y: number;
}

/** Quantile of Beta(a, b) at lower-tail probability p (R's qbeta(p, a, b)). */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantilePair(p, 1 - p, a, b).x;
}

/**
 * Beta(a, b) quantile for lower-tail probability p, with q = 1 − p passed in
 * so callers that know the upper tail exactly lose nothing. Returns x and 1 − x.
 */
export function betaQuantilePair(p: number, q: number, a: number, b: number): BetaQuantile {
  const edge = edgeCase(p, a, b);
  if (edge !== undefined) return { x: edge, y: 1 - edge };
  // Iterate on whichever of x and 1 − x is at most ½, so it keeps all its digits.
  const half = betaTails(0.5, 0.5, a, b);
  if (p <= half.lower) {
    const x = p > 0.5 ? solveSmallSide(a, b, q, true) : solveSmallSide(a, b, p, false);
    return { x, y: 1 - x };
  }
  // 1 − X ~ Beta(b, a): its lower tail is q and its upper tail is p.
  const y = q > 0.5 ? solveSmallSide(b, a, p, true) : solveSmallSide(b, a, q, false);
  return { x: 1 - y, y };
}

/** Degenerate inputs handled as R's qbeta does; undefined when the iteration is needed. */
function edgeCase(p: number, a: number, b: number): number | undefined {
  if (Number.isNaN(p) || Number.isNaN(a) || Number.isNaN(b) || a < 0 || b < 0 || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const inf = Number.POSITIVE_INFINITY;
  // A zero shape puts all mass at its end of [0, 1]; an infinite one at the other end.
  if (a === 0 && b === 0) return p < 0.5 ? 0 : 1;
  if (a === inf && b === inf) return 0.5;
  if (a === 0 || b === inf) return 0;
  if (b === 0 || a === inf) return 1;
  return undefined;
}

const LOG_HALF = Math.log(0.5);
const LOG_MIN = -745; // exp(-745) underflows to 0

/**
 * Finds x ∈ (0, ½] with tail(x) = target, where tail is I_x(a, b) or, when
 * upper, 1 − I_x(a, b). Newton on ln(tail) against t = ln x, which is nearly
 * linear in the tails (tail ∝ xᵃ), safeguarded by bisection on a bracket.
 */
function solveSmallSide(a: number, b: number, target: number, upper: boolean): number {
  let lo = LOG_MIN;
  let hi = LOG_HALF;
  let t = Math.log(Math.min(0.5, Math.max(1e-300, startingPoint(upper ? 1 - target : target, a, b))));
  for (let iteration = 0; iteration < 300; iteration++) {
    const x = Math.exp(t);
    const y = -Math.expm1(t);
    const tails = betaTails(x, y, a, b);
    const tail = upper ? tails.upper : tails.lower;
    if (tail === target) return x;
    // The lower tail grows with t and the upper one shrinks.
    if (tail < target !== upper) lo = t;
    else hi = t;
    const slope = ((upper ? -1 : 1) * tails.power) / (y * tail);
    let next = t - (Math.log(tail) - Math.log(target)) / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - t) < 1e-15 * Math.max(1, Math.abs(t)) || hi - lo < 1e-15) return Math.exp(next);
    t = next;
  }
  return Math.exp(t);
}

/**
 * Rough starting value for the Beta(a, b) quantile at lower-tail probability p:
 * the normal approximation of Abramowitz & Stegun 26.5.22 for a, b ≥ 1, the
 * leading power terms of each tail otherwise (as in Numerical Recipes' invbetai).
 */
function startingPoint(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const tail = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(tail));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const s = a + b;
  const lowerMass = Math.exp(a * Math.log(a / s)) / a;
  const upperMass = Math.exp(b * Math.log(b / s)) / b;
  const total = lowerMass + upperMass;
  if (p < lowerMass / total) return Math.pow(a * total * p, 1 / a);
  return 1 - Math.pow(b * total * (1 - p), 1 / b);
}
