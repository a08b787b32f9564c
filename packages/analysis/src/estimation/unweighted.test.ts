import { describe, expect, it } from 'vitest';
import { loadReference, relativeError } from '../../test/fixtures/reference.js';
import { wilsonInterval } from './intervals.js';
import { estimateUnweightedProportion } from './unweighted.js';

const reference = loadReference();

function successes(x: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (i < x ? 1 : 0));
}

describe('Wilson score interval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i matches the textbook to 4 decimals', (x, n, low, high) => {
    const estimate = estimateUnweightedProportion(successes(x, n));
    expect(estimate.ciLow).toBeCloseTo(low, 4);
    expect(estimate.ciHigh).toBeCloseTo(high, 4);
  });

  it.each(reference.wilson)('$x/$n at $level matches R prop.test(correct = FALSE)', ({ x, n, level, low, high }) => {
    const interval = wilsonInterval(x, n, level);
    expect(relativeError(interval.low, low)).toBeLessThan(1e-12);
    expect(relativeError(interval.high, high)).toBeLessThan(1e-12);
  });
});

describe('unweighted proportion', () => {
  it('is flagged non-representative and respects domain and missing values', () => {
    const y = Float64Array.from([1, 0, 1, Number.NaN, 1, 0]);
    const domain = Uint8Array.from([1, 1, 1, 1, 0, 1]);
    const estimate = estimateUnweightedProportion(y, { domain });
    expect(estimate).toMatchObject({ estimate: 0.5, n: 4, weightedN: 4, ciMethod: 'wilson', representative: false });
    expect(estimate.se).toBeCloseTo(0.25, 15);
    expect(estimate.df).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects non-binary values and bad levels', () => {
    expect(() => estimateUnweightedProportion([0, 2])).toThrow(/0\/1 values/);
    expect(() => estimateUnweightedProportion([0, 1], { level: 95 })).toThrow(/between 0 and 1/);
  });
});
