import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffSnapshots, findActivityPackages, parseSnapshot, type ActivitySnapshot } from '@dh/core';
import type { VersionChanges } from '@dh/analysis';
import { snapshotFile } from './published-snapshots.js';

/** The folder of each activity package this CLI was installed with, by activity id. */
export function installedActivityDirs(): Map<string, string> {
  const found = findActivityPackages(fileURLToPath(new URL('../../package.json', import.meta.url)));
  return new Map(found.map((p) => [p.id, p.dir]));
}

/**
 * The classified changes between two released versions of an activity, from the snapshots its
 * installed package publishes (`published/<version>.json`), for `dh compare` to say what makes
 * two versions incomparable. Undefined when either snapshot is not there (or cannot be read).
 */
export function publishedVersionChanges(dirs: ReadonlyMap<string, string> = installedActivityDirs()): VersionChanges {
  const cache = new Map<string, ActivitySnapshot | undefined>();
  const snapshot = (dir: string, version: string): ActivitySnapshot | undefined => {
    const file = snapshotFile(dir, version);
    if (!cache.has(file)) {
      try {
        cache.set(file, existsSync(file) ? parseSnapshot(readFileSync(file, 'utf8'), file) : undefined);
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
  return (activity, from, to) => {
    const dir = dirs.get(activity);
    const [a, b] = dir === undefined ? [] : [snapshot(dir, from), snapshot(dir, to)];
    return a && b ? diffSnapshots(a, b).changes : undefined;
  };
}
