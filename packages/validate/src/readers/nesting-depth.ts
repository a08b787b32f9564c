/**
 * How deep a record may nest lists and objects. ODK and Kobo nest groups a few levels; past a few
 * thousand levels JSON.stringify and any recursive walk overflow the stack, so a limit far below
 * that, and far above any survey, refuses such a file by name instead of crashing on it.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Levels of lists and objects in a parsed JSON value (a scalar is 0, `[1]` is 1, `{"a": [1]}` is 2),
 * counted with an explicit stack rather than recursion, and only up to `limit + 1`: the walk never
 * descends further than it needs to tell that the limit is passed.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    deepest = Math.max(deepest, depth);
    if (depth > limit) return deepest;
    for (const child of Object.values(next.value)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth });
    }
  }
  return deepest;
}
