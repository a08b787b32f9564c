// A zip is checked part by part before any part is read, so a zip of very many parts cost
// time and memory in proportion (300,000 empty parts: 26 s, 340 MB) before being judged: the
// part count is now judged first, from the directory. And a REFI-QDA project whose part names
// lead out of the archive (zip slip) is refused, not read.
import type { BuiltActivity } from '@dh/core';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeOf, formatText, buildReport, validateDataset, type ValidationResult } from '../../src/index.js';
import { scratchFolder } from '../fixture-files.js';
import { buildZip, type ZipFixtureEntry } from '../fixtures/readers/zip-bytes.js';
import { qdpxActivity as interviews } from '../qdpx-activity.js';
import { testActivity } from '../test-activity.js';

const folder = scratchFolder('dh-zip-entries-');
afterAll(() => folder.remove());

const PROJECT = Buffer.from(
  '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes/></CodeBook></Project>',
);
const WORKBOOK = Buffer.from('<workbook/>');

/** The required part, then empty ones up to `count` parts in all: what the reported archive held. */
function withParts(first: ZipFixtureEntry, count: number): Buffer {
  const empty = new Uint8Array(0);
  return buildZip([first, ...Array.from({ length: count - 1 }, (_, index) => ({ name: `sources/${index}.txt`, data: empty }))]);
}

async function validate(name: string, zip: Buffer, activity: BuiltActivity): Promise<{ result: ValidationResult; path: string }> {
  const path = folder.write(name, zip);
  return { result: await validateDataset({ activity, files: [path] }), path };
}

function firstError(result: ValidationResult): string {
  return result.issues.find((issue) => issue.severity === 'error')?.message ?? '';
}

describe('a zip with too many parts', () => {
  it('is refused as a REFI-QDA project, naming the file and the count (exit 2)', async () => {
    const { result, path } = await validate('many.qdpx', withParts({ name: 'project.qde', data: PROJECT }, 10_001), interviews);
    expect(firstError(result)).toBe(
      `${path} cannot be read as a REFI-QDA project: its zip directory lists 10,001 parts, over the limit of 10,000 (a real file holds far fewer).`,
    );
    expect(exitCodeOf(result)).toBe(2);
    expect(formatText(buildReport(result, { toolVersion: '0.0.0' }))).toContain('exit code 2');
  });

  it('is refused as an Excel workbook, naming the file and the count (exit 2)', async () => {
    const { result, path } = await validate('many.xlsx', withParts({ name: 'xl/workbook.xml', data: WORKBOOK }, 10_001), testActivity);
    expect(firstError(result)).toMatch(
      new RegExp(`^${escape(path)} was not opened because its zip directory lists 10,001 parts, over the limit of 10,000`),
    );
    expect(exitCodeOf(result)).toBe(2);
  });

  it('is read when it holds as many parts as the limit allows (10,000)', async () => {
    const { result } = await validate('at-limit.qdpx', withParts({ name: 'project.qde', data: PROJECT }, 10_000), interviews);
    expect(result.totals.error).toBe(0);
    expect(exitCodeOf(result)).toBe(0);
  });
});

describe('a REFI-QDA project whose part names lead out of the archive', () => {
  it.each([
    '../outside.txt',
    'sources/../../outside.txt',
    '/etc/outside.txt',
    '\\windows\\outside.txt',
    'C:/outside.txt',
    'sources\\..\\..\\outside.txt',
  ])('is refused when a part is named %j (exit 2)', async (name) => {
    const zip = buildZip([
      { name: 'project.qde', data: PROJECT },
      { name, data: Buffer.from('text') },
    ]);
    const { result, path } = await validate('slip.qdpx', zip, interviews);
    expect(firstError(result)).toBe(
      `${path} cannot be read as a REFI-QDA project: its part ${name} is named with a path that leads out of the archive (an absolute path or ..), which no QDA program writes.`,
    );
    expect(exitCodeOf(result)).toBe(2);
  });

  it('is read when its names only look alike (a file named with two dots in a sources folder)', async () => {
    const zip = buildZip([
      { name: 'project.qde', data: PROJECT },
      { name: 'sources/interview..1.txt', data: Buffer.from('text') },
    ]);
    const { result } = await validate('dots.qdpx', zip, interviews);
    expect(result.totals.error).toBe(0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
