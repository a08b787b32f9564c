import { compareBumpLevels, diffSnapshots, parseVersion, type BumpLevel, type SnapshotDiff } from '@dh/core';
import type { ActivityPackage } from './activity-packages.js';
import { workingSnapshot } from './activity-packages.js';
import type { DeclaredBump } from './pending-changesets.js';
import { editedSnapshots, publishedVersions, readPublished } from './published-snapshots.js';
import { changesetFor, renderDiff } from './render-diff.js';

/** The verdict on one activity package: whether its declared versions hold its changes. */
export interface VersionVerdict {
  readonly activity: string;
  readonly package: string;
  readonly ok: boolean;
  /** One line on where it stands. */
  readonly summary: string;
  /** The diff, the changeset to write, or the files to restore, when not ok. */
  readonly details: readonly string[];
  readonly diff?: SnapshotDiff;
  /** The level its changes need, and what the changesets declare. */
  readonly needs?: BumpLevel;
  readonly declared?: BumpLevel;
  /** The changeset that would make it pass, when one would. */
  readonly changeset?: { readonly file: string; readonly content: string };
}

/** The bump from one version to another, as semver counts it; undefined when `to` is not above `from`. */
function bumpBetween(from: string, to: string): BumpLevel | undefined {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  if (!a || !b) return undefined;
  if (b[0] !== a[0]) return b[0] > a[0] ? 'major' : undefined;
  if (b[1] !== a[1]) return b[1] > a[1] ? 'minor' : undefined;
  return b[2] > a[2] ? 'patch' : undefined;
}

const atLeast = (declared: BumpLevel | undefined, needed: BumpLevel): boolean =>
  declared !== undefined && compareBumpLevels(declared, needed) >= 0;

/**
 * The CI guard (docs/methodologists.md): every activity whose working tree differs from its
 * last published snapshot must have a pending changeset bumping its package at least as far
 * as `dh diff` classifies the change; a released version must have its snapshot published.
 */
export function checkVersion(pkg: ActivityPackage, bumps: ReadonlyMap<string, DeclaredBump>, root: string): VersionVerdict {
  const base = { activity: pkg.activity.id, package: pkg.name };
  const edited = editedSnapshots(pkg.dir, root);
  if (edited.length > 0) return { ...base, ok: false, summary: 'a published snapshot was edited', details: edited };
  const versions = publishedVersions(pkg.dir);
  const last = versions.at(-1);
  if (last === undefined)
    return {
      ...base,
      ok: false,
      summary: 'no published snapshot',
      details: [`Publish its current version ${pkg.version} with: npx dh versions publish --activity ${pkg.activity.id}`],
    };
  const diff = diffSnapshots(readPublished(pkg.dir, last, root), workingSnapshot(pkg));
  const declared = bumps.get(pkg.name);
  if (pkg.version !== last) {
    // `npx changeset version` has run: the new version must be published, and be far enough.
    const released = bumpBetween(last, pkg.version);
    if (released === undefined)
      return {
        ...base,
        ok: false,
        summary: `its package.json says ${pkg.version}, which is not above the last published version ${last}`,
        details: [`Set the version in ${pkg.name}'s package.json back to ${last} (npx changeset version bumps it from there).`],
      };
    if (diff.level !== undefined && !atLeast(released, diff.level))
      return {
        ...base,
        ok: false,
        summary: `version ${pkg.version} is a ${released} bump from ${last}, but the changes since need ${diff.level}`,
        details: renderDiff(diff, { from: `published ${last}`, to: `working tree (${pkg.version})` }),
        diff,
        needs: diff.level,
      };
    return {
      ...base,
      ok: false,
      summary: `version ${pkg.version} is not published yet (last published: ${last})`,
      details: [`Publish it with: npx dh versions publish --activity ${pkg.activity.id}`],
      diff,
    };
  }
  if (diff.level === undefined) return { ...base, ok: true, summary: `unchanged since ${last} (published)`, details: [], diff };
  const declaredBy = declared === undefined ? 'no pending changeset bumps it' : `${declared.files.join(', ')} declares ${declared.level}`;
  if (atLeast(declared?.level, diff.level))
    return {
      ...base,
      ok: true,
      summary: `changed since ${last}: needs ${diff.level}; ${declaredBy}`,
      details: [],
      diff,
      needs: diff.level,
      ...(declared && { declared: declared.level }),
    };
  const changeset = { file: `.changeset/${pkg.activity.id}-${diff.level}.md`, content: changesetFor(pkg.name, diff) };
  return {
    ...base,
    ok: false,
    summary: `changed since ${last}: needs a ${diff.level} bump, but ${declaredBy}`,
    details: [
      ...renderDiff(diff, { from: `published ${last}`, to: `working tree (${pkg.version})` }),
      '',
      `Write ${changeset.file} (or raise the bump of an existing changeset for ${pkg.name}):`,
      ...changeset.content.trimEnd().split('\n'),
    ],
    diff,
    needs: diff.level,
    ...(declared && { declared: declared.level }),
    changeset,
  };
}
