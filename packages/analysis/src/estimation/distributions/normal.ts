import { incompleteGamma } from './gamma.js';

const INV_SQRT_2PI = 0.3989422804014326779;

/** Standard normal CDF Φ(z); each tail has full relative precision (Φ(−z) = ½·Q(½, z²/2)). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const { lower, upper } = incompleteGamma(0.5, (z * z) / 2);
  return z < 0 ? 0.5 * upper : 0.5 + 0.5 * lower;
}

/** Standard normal quantile Φ⁻¹(p), relative accuracy ~1e-15. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  // Solve in the lower half, where Φ is computed without cancellation.
  const tail = p < 0.5 ? p : 1 - p;
  let z = startingPoint(tail);
  for (let i = 0; i < 50; i++) {
    const density = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    const newton = (normalCdf(z) - tail) / density;
    // Halley step: Φ'' = −zφ.
    const step = newton / (1 + 0.5 * z * newton);
    z -= step;
    if (Math.abs(step) <= 1e-15 * Math.abs(z)) break;
  }
  return p < 0.5 ? z : -z;
}

/** Abramowitz & Stegun 26.2.23 (error < 4.5e-4): only a start for the iteration. */
function startingPoint(tail: number): number {
  const t = Math.sqrt(-2 * Math.log(tail));
  const z = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  return -z;
}
