import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DriftProblem } from '@dh/core';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Differences between a freshly generated folder and the committed one, byte for byte. */
export function compareFolders(generated: string, committed: string): DriftProblem[] {
  const fresh = filesUnder(generated);
  const kept = new Set(filesUnder(committed));
  const problems: DriftProblem[] = [];
  for (const path of fresh) {
    if (!kept.has(path)) problems.push({ path, problem: 'missing' });
    else if (!readFileSync(join(generated, path)).equals(readFileSync(join(committed, path)))) problems.push({ path, problem: 'edited' });
    kept.delete(path);
  }
  for (const path of kept) problems.push({ path, problem: 'stale' });
  return problems;
}
