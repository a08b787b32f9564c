import type { AssessmentConfig } from '@dh/core';

/**
 * Children aged `from`–`to` in a year, from the age bands of `population.childrenByYear`: the
 * bands within those ages must cover each age once, else undefined (no rate is better than one
 * on part of its base).
 */
export function childrenOfAgeIn(config: AssessmentConfig, year: number, from: number, to: number): number | undefined {
  const bands = (config.population?.childrenByYear?.find((p) => p.year === year)?.byAge ?? [])
    .filter((b) => b.from >= from && b.to <= to)
    .sort((a, b) => a.from - b.from);
  let next = from;
  let children = 0;
  for (const band of bands) {
    if (band.from !== next) return undefined;
    children += band.children;
    next = band.to + 1;
  }
  return next === to + 1 ? children : undefined;
}
