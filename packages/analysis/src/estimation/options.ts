import { EstimationInputError } from './errors.js';
import type { EstimateOptions } from './types.js';

/** The confidence level after validation (default 0.95). */
export function confidenceLevel(options: { readonly level?: number }): number {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new EstimationInputError(`Confidence level must be strictly between 0 and 1, got ${level}.`);
  return level;
}

/** Interval degrees of freedom: the caller's override, else the domain's own. */
export function intervalDf(options: EstimateOptions, domainDf: number): number {
  if (options.df === undefined) return domainDf;
  if (Number.isNaN(options.df)) throw new EstimationInputError('df must be a number.');
  return options.df;
}
