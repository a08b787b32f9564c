import { describe, expect, it } from 'vitest';
import { loadReference, relativeError } from '../../../test/fixtures/reference.js';
import { betaCdf } from './beta.js';
import { betaQuantile } from './beta-quantile.js';
import { normalQuantile } from './normal.js';
import { studentTQuantile } from './student-t.js';

const reference = loadReference();
const TOLERANCE = 1e-10;

describe('quantile functions agree with R to 1e-10 relative', () => {
  it.each(reference.quantiles.qt)('qt($p, $df)', ({ p, df, value }) => {
    expect(relativeError(studentTQuantile(p, df), value)).toBeLessThan(TOLERANCE);
  });

  it.each(reference.quantiles.qbeta)('qbeta($p, $a, $b)', ({ p, a, b, value }) => {
    expect(relativeError(betaQuantile(p, a, b), value)).toBeLessThan(TOLERANCE);
  });

  it.each(reference.quantiles.pbeta)('pbeta($x, $a, $b)', ({ x, a, b, value }) => {
    expect(relativeError(betaCdf(x, a, b), value)).toBeLessThan(TOLERANCE);
  });

  it.each(reference.quantiles.qnorm)('qnorm($p)', ({ p, value }) => {
    expect(relativeError(normalQuantile(p), value)).toBeLessThan(TOLERANCE);
  });
});

describe('quantile edge cases follow R', () => {
  it('handles degenerate shapes and probabilities', () => {
    expect(betaQuantile(0.3, 0, 5)).toBe(0);
    expect(betaQuantile(0.3, 5, 0)).toBe(1);
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963984540054, 14);
  });
});
