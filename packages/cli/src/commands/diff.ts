import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { diffSnapshots, parseSnapshot, parseVersion, type ActivitySnapshot, type SnapshotDiff } from '@dh/core';
import { UserError } from '../user-error.js';
import { activityPackages, findRepository, packageOf, workingSnapshot, type ActivityPackage } from '../versions/activity-packages.js';
import { publishedVersions, readPublished } from '../versions/published-snapshots.js';
import { renderDiff } from '../versions/render-diff.js';

export interface DiffFlags {
  readonly activity: string;
  readonly from?: string;
  readonly to?: string;
  readonly root?: string;
  readonly json?: boolean;
}

export interface DiffReport extends SnapshotDiff {
  /** Where each side came from: `published 0.1.0`, a snapshot file, `working tree (0.1.0)`. */
  readonly fromSource: string;
  readonly toSource: string;
}

/** One side of a diff: a published version, a snapshot file, or (absent) the working tree. */
function side(
  pkg: ActivityPackage,
  given: string | undefined,
  option: string,
  root: string,
  cwd: string,
): { snapshot: ActivitySnapshot; source: string } {
  if (given === undefined) return { snapshot: workingSnapshot(pkg), source: `working tree (${pkg.version})` };
  const file = resolve(cwd, given);
  if (existsSync(file)) {
    if (statSync(file).isDirectory())
      throw new UserError(`${option} ${given} is a folder: give a snapshot file (published/<version>.json) or a version.`);
    try {
      return { snapshot: parseSnapshot(readFileSync(file, 'utf8'), relative(cwd, file)), source: relative(cwd, file) };
    } catch (error) {
      throw new UserError(`${option} ${given}: ${(error as Error).message}`);
    }
  }
  if (parseVersion(given) === undefined)
    throw new UserError(`${option} ${given}: neither a version (like 0.1.0) nor a snapshot file that exists.`);
  return { snapshot: readPublished(pkg.dir, given, root), source: `published ${given}` };
}

export async function runDiff(flags: DiffFlags, cwd = process.cwd()): Promise<DiffReport> {
  const root = findRepository(flags.root, cwd);
  const pkg = packageOf(await activityPackages(root), flags.activity);
  const last = publishedVersions(pkg.dir).at(-1);
  if (flags.from === undefined && last === undefined)
    throw new UserError(
      `${pkg.activity.id} has no published snapshot to compare with: give --from <snapshot file>, or publish its current version (npx dh versions publish --activity ${pkg.activity.id}).`,
    );
  const from = side(pkg, flags.from ?? last, '--from', root, cwd);
  const to = side(pkg, flags.to, '--to', root, cwd);
  if (from.snapshot.activity !== to.snapshot.activity)
    throw new UserError(
      `${from.source} is of ${from.snapshot.activity} and ${to.source} of ${to.snapshot.activity}: a diff compares two versions of one activity.`,
    );
  return { ...diffSnapshots(from.snapshot, to.snapshot), fromSource: from.source, toSource: to.source };
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(
      'list every change between two versions of an activity, each classified major, minor or patch by what it does to comparability',
    )
    .requiredOption('--activity <id>', 'the id of an activity package of this repository')
    .option('--from <version|file>', 'a published version, or a snapshot file (default: the last published version)')
    .option('--to <version|file>', 'a published version, or a snapshot file (default: the working tree)')
    .option('--root <folder>', 'the dh repository (default: the one holding the current folder)')
    .option('--json', 'print the diff as JSON')
    .action(async (flags: DiffFlags) => {
      const report = await runDiff(flags);
      if (flags.json) console.log(JSON.stringify({ ...report, level: report.level ?? null }, null, 2));
      else console.log(renderDiff(report, { from: report.fromSource, to: report.toSource }).join('\n'));
    });
}
