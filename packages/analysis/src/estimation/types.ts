import type { DomainMask } from './domain.js';

/**
 * How the interval was built:
 * - `logit`: Wald interval on the logit scale, back-transformed (svyciprop method = "logit");
 * - `beta`: Korn–Graubard (svyciprop method = "beta");
 * - `mean`: Wald t interval estimate ± t·SE (svyciprop method = "mean", confint(svymean, df));
 * - `wilson`: Wilson score interval for unweighted, non-representative samples.
 */
export type CiMethod = 'logit' | 'beta' | 'mean' | 'wilson';

/** Reference sampling scheme of the design effect: R's deff = TRUE ('srswor') or deff = "replace" ('srswr'). */
export type DeffType = 'srswor' | 'srswr';

/**
 * One estimate. Undefined quantities are NaN (JSON null): an empty domain,
 * df ≤ 0 (no interval), or a design effect R reports as NA.
 */
export interface Estimate {
  readonly estimate: number;
  readonly se: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly ciMethod: CiMethod;
  readonly level: number;
  /** Degrees of freedom of the t quantile; Infinity for z-based intervals. */
  readonly df: number;
  readonly deff: number;
  /** Unweighted count of rows in the domain (denominator) with the variable answered. */
  readonly n: number;
  /** Sum of the weights of those rows. */
  readonly weightedN: number;
  /** False for unweighted estimates from purposive samples. */
  readonly representative: boolean;
}

export interface EstimateOptions {
  /** Rows of the domain (subpopulation); omit for the whole sample. */
  readonly domain?: DomainMask;
  /** Confidence level, default 0.95. */
  readonly level?: number;
  /**
   * Degrees of freedom for the interval. Default: PSUs − strata among those
   * holding rows of the estimate, i.e. R's degf(subset(design, domain)) as used
   * by svyby(..., svyciprop); pass `design.degf` for the full-design df.
   */
  readonly df?: number;
  /** Design-effect reference, default 'srswor' (R's deff = TRUE). */
  readonly deff?: DeffType;
}

export interface ProportionOptions extends EstimateOptions {
  /** Interval method, default 'logit' (svyciprop's default). */
  readonly ciMethod?: 'logit' | 'beta' | 'mean';
}

/** The design-based pieces every estimator computes before its interval. */
export interface PointAndVariance {
  readonly estimate: number;
  readonly variance: number;
  readonly df: number;
  readonly deff: number;
  readonly n: number;
  readonly weightedN: number;
}
