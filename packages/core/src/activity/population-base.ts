import type { IndicatorContract } from './contracts.js';

/**
 * Which population figure of the assessment config (`population`) an indicator's universe
 * stands for. Analysis multiplies a weighted share by it to give a national count
 * (methodology.md § household-survey: "national counts are prevalence × the population of
 * internet-using children"), and divides totals by it for rates per 100,000.
 */
export type PopulationBase = 'internetUsingChildren' | 'childrenInAgeRange' | 'children';

/**
 * An indicator contract that names its population base. Declared, never guessed: a share
 * among children who had an experience, or among caregivers, has no national count, and
 * only the contract knows which universe is which.
 */
export interface PopulationBaseDeclaration {
  readonly populationBase?: PopulationBase;
}

export type IndicatorWithPopulationBase = IndicatorContract & PopulationBaseDeclaration;

const BASES: readonly PopulationBase[] = ['internetUsingChildren', 'childrenInAgeRange', 'children'];

/** The population base an indicator declares, if any. */
export function populationBaseOf(indicator: IndicatorContract): PopulationBase | undefined {
  const base = (indicator as IndicatorWithPopulationBase).populationBase;
  return base !== undefined && BASES.includes(base) ? base : undefined;
}
