import { describe, expect, it } from 'vitest';
import { domainMask, levelMask } from '../../test/fixtures/domains.js';
import { loadFixture, loadReference, relativeError } from '../../test/fixtures/reference.js';
import type { RCase, RMean } from '../../test/fixtures/reference.js';
import { compileDesign } from './design.js';
import { estimateMean, estimateProportion } from './mean.js';
import { estimateRatio } from './ratio.js';
import { estimateTotal } from './total.js';
import type { Estimate } from './types.js';
import type { DomainMask } from './domain.js';

const reference = loadReference();
const data = loadFixture('design-sample.csv');
const design = compileDesign({ strata: data.stratum, psu: data.psu, weights: data.weight });
const R_TOL = 1e-8;
const CI_TOL = 1e-8;

/** Estimate, SE, deff and Wald interval against one R svystat. */
function expectMatchesR(actual: Estimate, expected: RMean): void {
  expect(relativeError(actual.estimate, expected.est)).toBeLessThan(R_TOL);
  expect(relativeError(actual.se, expected.se)).toBeLessThan(R_TOL);
  if (expected.deff !== null) expect(relativeError(actual.deff, expected.deff)).toBeLessThan(R_TOL);
  if (expected.ci_low !== null && expected.ci_high !== null) {
    expect(relativeError(actual.ciLow, expected.ci_low)).toBeLessThan(CI_TOL);
    expect(relativeError(actual.ciHigh, expected.ci_high)).toBeLessThan(CI_TOL);
  }
}

function checkCase(expected: RCase, domain: DomainMask | undefined): void {
  const options = domain === undefined ? {} : { domain };
  const mean = estimateMean(design, data.y, options);
  expectMatchesR(mean, expected.mean_y);
  expect(mean.n).toBe(expected.n);
  expect(mean.df).toBe(expected.degf);
  expect(relativeError(mean.weightedN, expected.weighted_n)).toBeLessThan(1e-12);
  expectMatchesR(estimateMean(design, data.x, options), expected.mean_x);
  expectMatchesR(estimateTotal(design, data.y, options), expected.total_y);
  if (expected.total_x) expectMatchesR(estimateTotal(design, data.x, options), expected.total_x);
  expectMatchesR(estimateRatio(design, data.y, data.x, options), expected.ratio_y_x);
  const replace = estimateMean(design, data.y, { ...options, deff: 'srswr' });
  if (typeof expected.mean_y.deff_replace === 'number') {
    expect(relativeError(replace.deff, expected.mean_y.deff_replace)).toBeLessThan(R_TOL);
  }
}

describe('design', () => {
  it('has R degf = PSUs − strata with PSUs nested in strata', () => {
    expect(design.degf).toBe(reference.main.degf);
    expect(design.nRows).toBe(reference.main.n);
  });
});

describe('overall estimates agree with R survey to 1e-8', () => {
  it('svymean, svytotal, svyratio, deff and confint(df = degf)', () => {
    checkCase(reference.main.overall, undefined);
  });
});

describe('domain estimates (full design, zero scores outside) agree with R subset()', () => {
  it.each(reference.main.domains.map((d) => [d.name ?? '', d] as const))('%s', (name, expected) => {
    checkCase(expected, domainMask(data, name));
  });
});

describe('domain estimates agree with R svyby', () => {
  const tables = [
    ['sex', reference.main.svyby.sex, data.sex],
    ['age_band', reference.main.svyby.age_band, data.ageBand],
  ] as const;
  it.each(tables)('by %s', (_, table, column) => {
    table.levels.forEach((level, k) => {
      const domain = levelMask(column, level);
      const mean = estimateMean(design, data.y, { domain });
      expect(relativeError(mean.estimate, table.mean_y.est[k] ?? Number.NaN)).toBeLessThan(R_TOL);
      expect(relativeError(mean.se, table.mean_y.se[k] ?? Number.NaN)).toBeLessThan(R_TOL);
      expect(relativeError(mean.deff, table.mean_y.deff[k] ?? Number.NaN)).toBeLessThan(R_TOL);
      const total = estimateTotal(design, data.y, { domain });
      expect(relativeError(total.se, table.total_y.se[k] ?? Number.NaN)).toBeLessThan(R_TOL);
      const ratio = estimateRatio(design, data.y, data.x, { domain });
      expect(relativeError(ratio.se, table.ratio_y_x.se[k] ?? Number.NaN)).toBeLessThan(R_TOL);
      const beta = estimateProportion(design, data.y, { domain, ciMethod: 'beta' });
      expect(relativeError(beta.ciLow, table.ciprop_beta.low[k] ?? Number.NaN)).toBeLessThan(CI_TOL);
      expect(relativeError(beta.ciHigh, table.ciprop_beta.high[k] ?? Number.NaN)).toBeLessThan(CI_TOL);
    });
  });
});

describe('missing values', () => {
  it('drop out of the estimate as R na.rm = TRUE', () => {
    const expected = reference.main.missing_y;
    const mean = estimateMean(design, data.yNa);
    expectMatchesR(mean, expected);
    expect(mean.n).toBe(expected.n);
    expect(mean.df).toBe(expected.degf);
  });
});
