/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours): the typing
 * slips that turn `age` into `aeg` or `platforms` into `platfroms` cost 1. With `limit`, the
 * work stops as soon as the distance must exceed it (and `limit + 1` is returned), so
 * comparing a long name with many short ones costs little.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0 || b.length === 0) return Math.min(a.length + b.length, limit + 1);
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    // Every later row is at least the best of the two last ones (a swap reaches back one row).
    if (rowBest > limit && Math.min(...previous) > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length] ?? 0, limit + 1);
}

/** Names longer than this get no suggestion: no field name is near them, and each comparison costs length². */
const LONGEST_COMPARED = 64;

/**
 * The candidate a user most likely meant, or undefined when nothing is close: at most a
 * third of the word may differ (and at least one character), so short names do not
 * "suggest" unrelated ones. Case is ignored, since exports often change it. Candidates
 * whose length alone puts them out of reach are not compared.
 */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
  if (wanted.length > LONGEST_COMPARED) return undefined;
  const target = wanted.toLowerCase();
  const limit = Math.max(1, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - target.length) >= bestDistance) continue;
    const distance = editDistance(target, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
