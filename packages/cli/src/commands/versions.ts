import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Command } from 'commander';
import { diffSnapshots, parseSnapshot, snapshotJson } from '@dh/core';
import { EXIT, UserError } from '../user-error.js';
import { activityPackages, findRepository, packageOf, workingSnapshot, type ActivityPackage } from '../versions/activity-packages.js';
import { checkVersion, type VersionVerdict } from '../versions/check-versions.js';
import { pendingBumps } from '../versions/pending-changesets.js';
import { publishedVersions, snapshotFile, writePublished } from '../versions/published-snapshots.js';

interface VersionsFlags {
  readonly activity?: string;
  readonly root?: string;
  readonly json?: boolean;
}

async function selected(flags: VersionsFlags, cwd: string): Promise<{ root: string; packages: ActivityPackage[] }> {
  const root = findRepository(flags.root, cwd);
  const all = await activityPackages(root);
  return { root, packages: flags.activity === undefined ? all : [packageOf(all, flags.activity)] };
}

/** Every activity package's verdict; the check passes when every one is ok. */
export async function runVersionsCheck(flags: VersionsFlags, cwd = process.cwd()): Promise<VersionVerdict[]> {
  const { root, packages } = await selected(flags, cwd);
  const bumps = pendingBumps(root);
  return packages.map((pkg) => checkVersion(pkg, bumps, root));
}

/** What `dh versions publish` did for one package. */
export interface Published {
  readonly activity: string;
  readonly version: string;
  readonly file: string;
  readonly written: boolean;
}

/**
 * Writes the snapshot of each package's current version, once: a version already published
 * is left as it is when the working tree still matches it, and refused when it does not.
 */
export async function runVersionsPublish(flags: VersionsFlags, cwd = process.cwd()): Promise<Published[]> {
  const { root, packages } = await selected(flags, cwd);
  return packages.map((pkg) => publishVersion(pkg, root, cwd));
}

/** Publishes one package's current version, or says it already is; refuses to rewrite a published one. */
export function publishVersion(pkg: ActivityPackage, root: string, cwd = process.cwd()): Published {
  if (pkg.activity.version !== pkg.version)
    throw new UserError(
      `${pkg.name}: its package.json says ${pkg.version} but the activity says ${pkg.activity.version}; keep them equal (the activity's version.ts) and build again.`,
    );
  const json = snapshotJson(workingSnapshot(pkg));
  const file = snapshotFile(pkg.dir, pkg.version);
  const done = { activity: pkg.activity.id, version: pkg.version, file: relative(root, file) };
  if (!publishedVersions(pkg.dir).includes(pkg.version)) {
    writePublished(pkg.dir, pkg.version, json);
    return { ...done, written: true };
  }
  const shown = relative(cwd, file);
  const changes = diffSnapshots(parseSnapshot(readFileSync(file, 'utf8'), shown), parseSnapshot(json, 'the working tree')).changes;
  if (changes.length > 0)
    throw new UserError(
      [
        `${shown}: ${pkg.activity.id} ${pkg.version} is published, and the working tree differs from it (${changes.length === 1 ? '1 change' : `${changes.length} changes`}).`,
        'A published snapshot is never rewritten: declare the change with a changeset (npx dh versions check says which bump), run npx changeset version, then publish.',
      ],
      EXIT.dataErrors,
    );
  return { ...done, written: false };
}

export function registerVersions(program: Command): void {
  const versions = program
    .command('versions')
    .description('publish activity snapshots and check that every change is declared with the bump its effect on comparability needs');
  versions
    .command('check')
    .description('fail where an activity changed since its last published snapshot without a pending changeset bumping it far enough')
    .option('--activity <id>', 'check one activity package (default: every one in the repository)')
    .option('--root <folder>', 'the dh repository (default: the one holding the current folder)')
    .option('--json', 'print the verdicts as JSON')
    .action(async (flags: VersionsFlags) => {
      const verdicts = await runVersionsCheck(flags);
      if (flags.json) console.log(JSON.stringify({ verdicts }, null, 2));
      else
        for (const v of verdicts) {
          console.log(`${v.ok ? 'ok  ' : 'FAIL'} ${v.activity}: ${v.summary}`);
          for (const line of v.details) console.log(line === '' ? '' : `     ${line}`);
        }
      if (verdicts.some((v) => !v.ok)) process.exitCode = EXIT.dataErrors;
    });
  versions
    .command('publish')
    .description("write the snapshot of each activity's current version to its package's published/ folder, once")
    .option('--activity <id>', 'publish one activity package (default: every one in the repository)')
    .option('--root <folder>', 'the dh repository (default: the one holding the current folder)')
    .action(async (flags: VersionsFlags) => {
      for (const p of await runVersionsPublish(flags))
        console.log(p.written ? `wrote ${p.file}` : `${p.activity} ${p.version}: already published (${p.file})`);
    });
}
