import type { AssessmentConfig, PopulationBase } from '@dh/core';

/** The assessment's population figure for a base, if the config gives it. */
export function populationFigure(config: AssessmentConfig, base: PopulationBase): number | undefined {
  const population = config.population;
  if (!population) return undefined;
  switch (base) {
    case 'internetUsingChildren':
      return population.internetUsingChildren;
    case 'childrenInAgeRange':
      return population.childrenInAgeRange;
    case 'children':
      return population.children;
  }
}
