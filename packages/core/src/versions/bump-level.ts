/** How far a change reaches (docs/methodology.md § comparability), as a changeset bumps a package. */
export type BumpLevel = 'patch' | 'minor' | 'major';

const ORDER: readonly BumpLevel[] = ['patch', 'minor', 'major'];

export function isBumpLevel(value: string): value is BumpLevel {
  return (ORDER as readonly string[]).includes(value);
}

/** Negative when `a` reaches less far than `b`. */
export function compareBumpLevels(a: BumpLevel, b: BumpLevel): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}

/** The highest of the levels; undefined for none. */
export function highestBumpLevel(levels: Iterable<BumpLevel>): BumpLevel | undefined {
  let highest: BumpLevel | undefined;
  for (const level of levels) if (highest === undefined || compareBumpLevels(level, highest) > 0) highest = level;
  return highest;
}
