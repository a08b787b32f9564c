import type { IndicatorContract } from '@dh/core';
import {
  compileDesign,
  estimateMean,
  estimateProportion,
  estimateTotal,
  estimateUnweightedProportion,
  type CiMethod,
  type CompiledDesign,
  type Estimate,
} from '../estimation/index.js';

/** An estimate before disclosure control; exact sums have no interval (ciMethod null). */
export interface RawEstimate extends Omit<Estimate, 'ciMethod' | 'level'> {
  readonly ciMethod: CiMethod | null;
}

export interface EstimateInput {
  /** The full design of the record type (weighted indicators). */
  readonly design: CompiledDesign | undefined;
  readonly y: Float64Array;
  /** Universe ∧ level: domain estimation on the full design, as svyby. */
  readonly domain: Uint8Array;
  readonly level: number;
  /** Population figure a rate per 100,000 divides by. */
  readonly rateBase?: number;
}

/** Each row its own PSU, weight 1, one stratum: simple random sampling, for unweighted means. */
function simpleRandomSample(n: number): CompiledDesign {
  return compileDesign({ weights: new Float64Array(n).fill(1) });
}

/**
 * Mean of the answered rows of the domain as a simple random sample of them (each its own
 * PSU, weight 1): the t interval of the respondents' values, as R's t.test gives it. The
 * domain is taken alone, not within a design of all rows: an unweighted sample has none.
 */
function unweightedMean(y: Float64Array, domain: Uint8Array, level: number): RawEstimate {
  const values: number[] = [];
  for (let i = 0; i < y.length; i++) if (domain[i] && !Number.isNaN(y[i])) values.push(y[i] ?? 0);
  return { ...estimateMean(simpleRandomSample(values.length), values, { level }), representative: false };
}

/** Unweighted sum over the domain: exact, as aggregate data and counts of respondents are, so no standard error or interval. */
function exactSum(y: Float64Array, domain: Uint8Array): RawEstimate {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i] ?? Number.NaN;
    if (!domain[i] || Number.isNaN(v)) continue;
    n += 1;
    sum += v;
  }
  return {
    estimate: sum,
    se: Number.NaN,
    ciLow: Number.NaN,
    ciHigh: Number.NaN,
    ciMethod: null,
    df: Number.NaN,
    deff: Number.NaN,
    n,
    weightedN: n,
    representative: true,
  };
}

function required(design: CompiledDesign | undefined): CompiledDesign {
  if (!design) throw new Error('a weighted estimate needs the design');
  return design;
}

function total(indicator: IndicatorContract, input: EstimateInput): RawEstimate {
  const options = { domain: input.domain, level: input.level };
  return indicator.weighted ? estimateTotal(required(input.design), input.y, options) : exactSum(input.y, input.domain);
}

function scaled(estimate: RawEstimate, factor: number): RawEstimate {
  return {
    ...estimate,
    estimate: estimate.estimate * factor,
    se: estimate.se * factor,
    ciLow: estimate.ciLow * factor,
    ciHigh: estimate.ciHigh * factor,
  };
}

/** One estimate with the estimator the contract names, weighted or not as it says. */
export function estimateOne(indicator: IndicatorContract, input: EstimateInput): RawEstimate {
  const options = { domain: input.domain, level: input.level };
  switch (indicator.estimator) {
    case 'proportion':
      return indicator.weighted
        ? estimateProportion(required(input.design), input.y, options)
        : estimateUnweightedProportion(input.y, options);
    case 'mean':
      return indicator.weighted
        ? estimateMean(required(input.design), input.y, options)
        : unweightedMean(input.y, input.domain, input.level);
    case 'total':
    case 'count':
      return total(indicator, input);
    case 'rate-per-100000':
      return scaled(total(indicator, input), 100_000 / (input.rateBase ?? Number.NaN));
  }
}
