import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareBumpLevels, isBumpLevel, type BumpLevel } from '@dh/core';
import { UserError } from '../user-error.js';

/** What the pending changesets (`.changeset/*.md`) declare for one package. */
export interface DeclaredBump {
  readonly level: BumpLevel;
  /** The changeset files that declare it, relative to the repository. */
  readonly files: readonly string[];
}

/**
 * The highest bump each package's pending changesets declare. A changeset's front matter
 * lists `"<package>": major|minor|patch`, one per line (the format `npx changeset` writes).
 */
export function pendingBumps(root: string): Map<string, DeclaredBump> {
  const folder = join(root, '.changeset');
  const bumps = new Map<string, DeclaredBump>();
  if (!existsSync(folder)) return bumps;
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const text = readFileSync(join(folder, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (front === undefined) throw new UserError(`.changeset/${file} has no front matter (--- lines naming the packages it bumps).`);
    for (const line of front.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const m = /^\s*["']?([^"':\s]+)["']?\s*:\s*["']?(\w+)["']?\s*$/.exec(line);
      if (!m?.[1] || !m[2] || !isBumpLevel(m[2]))
        throw new UserError(`.changeset/${file}: the line ${line.trim()} is not "<package>": major|minor|patch.`);
      const was = bumps.get(m[1]);
      const level = was === undefined || compareBumpLevels(m[2], was.level) > 0 ? m[2] : was.level;
      bumps.set(m[1], { level, files: [...(was?.files ?? []), `.changeset/${file}`] });
    }
  }
  return bumps;
}
