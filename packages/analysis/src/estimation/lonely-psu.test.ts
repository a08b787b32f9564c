import { describe, expect, it } from 'vitest';
import { domainMask } from '../../test/fixtures/domains.js';
import { loadFixture, loadReference, relativeError } from '../../test/fixtures/reference.js';
import type { RCase, RMean } from '../../test/fixtures/reference.js';
import { compileDesign } from './design.js';
import type { LonelyPsuPolicy } from './design.js';
import { LonelyPsuError } from './errors.js';
import { estimateMean, estimateProportion } from './mean.js';
import { estimateRatio } from './ratio.js';
import { estimateTotal } from './total.js';
import type { Estimate } from './types.js';

const reference = loadReference();
const data = loadFixture('design-lonely.csv');
const R_TOL = 1e-8;

function designWith(lonelyPsu: LonelyPsuPolicy) {
  return compileDesign({ strata: data.stratum, psu: data.psu, weights: data.weight, lonelyPsu });
}

function expectMatches(actual: Estimate, expected: RMean): void {
  expect(relativeError(actual.estimate, expected.est)).toBeLessThan(R_TOL);
  if (expected.se === null) expect(actual.se).toBeNaN();
  // A domain inside one PSU has SE 0; R and we then hold only rounding noise.
  else if (expected.se < 1e-12 * Math.abs(expected.est)) expect(actual.se).toBeLessThan(1e-12 * Math.abs(expected.est));
  else expect(relativeError(actual.se, expected.se)).toBeLessThan(R_TOL);
}

function checkCase(lonelyPsu: LonelyPsuPolicy, expected: RCase, domain: Uint8Array | undefined): void {
  const design = designWith(lonelyPsu);
  const options = domain === undefined ? {} : { domain };
  expectMatches(estimateMean(design, data.y, options), expected.mean_y);
  expectMatches(estimateMean(design, data.x, options), expected.mean_x);
  expectMatches(estimateTotal(design, data.y, options), expected.total_y);
  expectMatches(estimateRatio(design, data.y, data.x, options), expected.ratio_y_x);
  const beta = estimateProportion(design, data.y, { ...options, ciMethod: 'beta' });
  expect(beta.df).toBe(expected.ciprop_beta.df);
  if (expected.ciprop_beta.low !== null && expected.ciprop_beta.high !== null) {
    expect(relativeError(beta.ciLow, expected.ciprop_beta.low)).toBeLessThan(1e-8);
    expect(relativeError(beta.ciHigh, expected.ciprop_beta.high)).toBeLessThan(1e-8);
  }
}

describe('lonely PSUs follow R survey.lonely.psu', () => {
  it('reports the lonely stratum and R degf', () => {
    const design = designWith('remove');
    expect(design.lonelyStrata).toEqual(['S3']);
    expect(design.degf).toBe(reference.lonely.remove.overall.degf);
  });

  for (const policy of ['remove', 'certainty', 'adjust', 'average'] as const) {
    const cases = reference.lonely[policy];
    it(`${policy}: overall`, () => checkCase(policy, cases.overall, undefined));
    it.each(cases.domains.map((d) => [d.name ?? '', d] as const))(`${policy}: domain %s`, (name, expected) => {
      checkCase(policy, expected, domainMask(data, name));
    });
  }

  it('fail: throws naming the stratum wherever R errors, estimates where R does', () => {
    const design = designWith('fail');
    expect(reference.lonely.fail.overall.error).toMatch(/Stratum \(S3\) has only one PSU/);
    expect(() => estimateMean(design, data.y)).toThrow(LonelyPsuError);
    expect(() => estimateMean(design, data.y)).toThrow(/Stratum "S3" has only one PSU/);
    for (const expected of reference.lonely.fail.domains) {
      const domain = domainMask(data, expected.name ?? '');
      if (expected.error !== undefined) {
        expect(() => estimateTotal(design, data.y, { domain })).toThrow(/Stratum "S3"/);
      } else {
        checkCase('fail', expected, domain);
      }
    }
  });

  it('fail is the default policy, as in R', () => {
    const design = compileDesign({ strata: data.stratum, psu: data.psu, weights: data.weight });
    try {
      estimateMean(design, data.y);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LonelyPsuError);
      expect((error as LonelyPsuError).stratum).toBe('S3');
    }
  });
});
