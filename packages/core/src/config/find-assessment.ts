import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The assessment a path belongs to: the nearest folder at or above it holding an
 * assessment.json. The search stops at the user's home folder and at a repository root
 * (a folder with `.git`), and never trusts a world-writable folder such as the system temp
 * folder, where anyone could have planted a config.
 */
export function findAssessmentDir(start: string): string | undefined {
  const home = homedir();
  let folder = resolve(start);
  if (existsSync(folder) && !statSync(folder).isDirectory()) folder = dirname(folder);
  for (;;) {
    if (existsSync(join(folder, 'assessment.json')) && !worldWritable(folder)) return folder;
    const parent = dirname(folder);
    if (parent === folder || folder === home || existsSync(join(folder, '.git'))) return undefined;
    folder = parent;
  }
}

function worldWritable(folder: string): boolean {
  try {
    return (statSync(folder).mode & 0o002) !== 0;
  } catch {
    return true;
  }
}
