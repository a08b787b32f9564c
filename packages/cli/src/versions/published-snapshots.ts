import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareVersions, parseSnapshot, parseVersion, type ActivitySnapshot } from '@dh/core';
import { UserError } from '../user-error.js';

/**
 * The snapshots of an activity's released versions, committed in `published/<version>.json`
 * and never edited: `published/SHA256SUMS` (the format `sha256sum -c` reads) holds the digest
 * each had when it was written, and `dh versions check` fails where a file no longer matches.
 */
export const PUBLISHED = 'published';
const SUMS = 'SHA256SUMS';

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The versions published for the package in `dir`, oldest first. */
export function publishedVersions(dir: string): string[] {
  const folder = join(dir, PUBLISHED);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json') && parseVersion(f.slice(0, -5)) !== undefined)
    .map((f) => f.slice(0, -5))
    .sort(compareVersions);
}

export function snapshotFile(dir: string, version: string): string {
  return join(dir, PUBLISHED, `${version}.json`);
}

export function readPublished(dir: string, version: string, cwd = process.cwd()): ActivitySnapshot {
  const file = snapshotFile(dir, version);
  if (!existsSync(file))
    throw new UserError(
      `${relative(cwd, file)}: version ${version} has no published snapshot; published: ${publishedVersions(dir).join(', ') || 'none'}.`,
    );
  try {
    return parseSnapshot(readFileSync(file, 'utf8'), relative(cwd, file));
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

function readSums(dir: string): Map<string, string> {
  const file = join(dir, PUBLISHED, SUMS);
  const sums = new Map<string, string>();
  if (!existsSync(file)) return sums;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m?.[1] && m[2]) sums.set(m[2], m[1]);
  }
  return sums;
}

/** Published snapshots edited (or added by hand) since they were written, each with what to do. */
export function editedSnapshots(dir: string, cwd = process.cwd()): string[] {
  const sums = readSums(dir);
  const problems: string[] = [];
  for (const version of publishedVersions(dir)) {
    const file = snapshotFile(dir, version);
    const recorded = sums.get(`${version}.json`);
    const where = relative(cwd, file);
    if (recorded === undefined)
      problems.push(`${where} is not in ${PUBLISHED}/${SUMS}: published snapshots are written by dh versions publish, never by hand.`);
    else if (recorded !== digest(readFileSync(file, 'utf8')))
      problems.push(
        `${where} changed after it was published: a released version's snapshot is never edited. Restore it (git checkout -- ${where}) and release the change as a new version.`,
      );
  }
  return problems;
}

/** Writes a new version's snapshot and its digest; refuses to overwrite a published one. */
export function writePublished(dir: string, version: string, json: string): string {
  const file = snapshotFile(dir, version);
  if (existsSync(file)) throw new Error(`${file} is already published`);
  mkdirSync(join(dir, PUBLISHED), { recursive: true });
  writeFileSync(file, json);
  const sums = readSums(dir);
  sums.set(`${version}.json`, digest(json));
  const lines = [...sums].sort(([a], [b]) => compareVersions(a.slice(0, -5), b.slice(0, -5))).map(([name, hash]) => `${hash}  ${name}`);
  writeFileSync(join(dir, PUBLISHED, SUMS), `${lines.join('\n')}\n`);
  return file;
}
