import { describe, expect, it } from 'vitest';
import { q } from '@dh/core';
import { OFFERED } from '../../test/support/fixture-activity.js';
import { studentTQuantile } from '../estimation/index.js';
import { estimateOne } from './estimate-one.js';

const hours = { ...OFFERED, id: 'hours', estimator: 'mean' as const, value: q('hours').expr, weighted: false };

describe('estimators a contract names', () => {
  it('gives an unweighted mean the t interval of the answered values of its domain alone', () => {
    const y = Float64Array.from([2, 4, Number.NaN, 9, 1, 5, 7]);
    const domain = Uint8Array.from([1, 1, 1, 1, 0, 1, 0]);
    const values = [2, 4, 9, 5];
    const mean = values.reduce((a, b) => a + b) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    const se = sd / Math.sqrt(values.length);
    const t = studentTQuantile(0.975, values.length - 1);
    const estimate = estimateOne(hours, { design: undefined, y, domain, level: 0.95 });
    expect(estimate.estimate).toBeCloseTo(mean, 12);
    expect(estimate.se).toBeCloseTo(se, 12);
    expect(estimate.ciLow).toBeCloseTo(mean - t * se, 12);
    expect(estimate.n).toBe(4);
    expect(estimate.representative).toBe(false);
  });

  it('gives an unweighted count the exact number of cases, with no interval', () => {
    const count = { ...OFFERED, estimator: 'count' as const, weighted: false };
    const estimate = estimateOne(count, {
      design: undefined,
      y: Float64Array.from([1, 0, 1, 1]),
      domain: Uint8Array.from([1, 1, 1, 0]),
      level: 0.95,
    });
    expect([estimate.estimate, estimate.n, estimate.ciMethod]).toEqual([2, 3, null]);
    expect(estimate.se).toBeNaN();
  });

  it('turns a total into a rate per 100,000 of the population base', () => {
    const rate = { ...OFFERED, estimator: 'rate-per-100000' as const, weighted: false };
    const estimate = estimateOne(rate, {
      design: undefined,
      y: Float64Array.from([30, 20]),
      domain: Uint8Array.from([1, 1]),
      level: 0.95,
      rateBase: 1_000_000,
    });
    expect(estimate.estimate).toBeCloseTo(5, 12);
  });
});
