import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffSnapshots, findActivityPackages, parseSnapshot, type ActivitySnapshot } from '@dh/core';
import type { ItemDefinitions, VersionChanges } from '@dh/analysis';
import { snapshotFile } from './published-snapshots.js';

/** The folder of each activity package this CLI was installed with, by activity id. */
export function installedActivityDirs(): Map<string, string> {
  const found = findActivityPackages(fileURLToPath(new URL('../../package.json', import.meta.url)));
  return new Map(found.map((p) => [p.id, p.dir]));
}

/** The snapshot an installed activity package publishes for one version; undefined when it is not there (or cannot be read). */
type PublishedSnapshot = (activity: string, version: string) => ActivitySnapshot | undefined;

function publishedSnapshots(dirs: ReadonlyMap<string, string>): PublishedSnapshot {
  const cache = new Map<string, ActivitySnapshot | undefined>();
  return (activity, version) => {
    const dir = dirs.get(activity);
    if (dir === undefined) return undefined;
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
}

/**
 * The classified changes between two released versions of an activity, from the snapshots its
 * installed package publishes (`published/<version>.json`), for `dh compare` to say what makes
 * two versions incomparable. Undefined when either snapshot is not there (or cannot be read).
 */
export function publishedVersionChanges(dirs: ReadonlyMap<string, string> = installedActivityDirs()): VersionChanges {
  const snapshot = publishedSnapshots(dirs);
  return (activity, from, to) => {
    const [a, b] = [snapshot(activity, from), snapshot(activity, to)];
    return a && b ? diffSnapshots(a, b).changes : undefined;
  };
}

/**
 * When each item of a status table was last defined, as one released version publishes it: the
 * `definedIn` of the items of the checklist whose records the table reads (a legal checklist's
 * provisions), so `dh compare` can put countries reviewed on different major versions side by
 * side on the items whose definition did not change. Undefined where that version's snapshot is
 * not there or the table reads no checklist's records.
 */
export function publishedItemDefinitions(dirs: ReadonlyMap<string, string> = installedActivityDirs()): ItemDefinitions {
  const snapshot = publishedSnapshots(dirs);
  return (activity, version, table) => {
    const published = snapshot(activity, version);
    const contract = published?.tables.find((t) => t.id === table && t.outputKind === 'status-table')?.contract;
    const checklist = published?.instruments.find((i) => i.kind === 'checklist' && i.recordType === contract?.['recordType']);
    return checklist?.kind === 'checklist' ? new Map(checklist.items.map((item) => [item.id, item.definedIn])) : undefined;
  };
}
