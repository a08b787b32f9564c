// Threads for `--jobs` start before the activities load when the data hold a CSV file large enough to share.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdsLargeCsv } from './row-threads.js';

const root = mkdtempSync(join(tmpdir(), 'dh-row-threads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, bytes: number): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, 'x'.repeat(bytes));
  return file;
}

describe('a large CSV file among the data given', () => {
  it('is found as a file given, in a folder, or in an assessment’s data folders', () => {
    const big = write('assessment/data/household-survey/household.csv', 200);
    write('assessment/data/household-survey/roster.csv', 20);
    expect(holdsLargeCsv([big], 100)).toBe(true);
    expect(holdsLargeCsv([join(root, 'assessment/data/household-survey')], 100)).toBe(true);
    expect(holdsLargeCsv([join(root, 'assessment')], 100)).toBe(true);
    expect(holdsLargeCsv([join(root, 'assessment')], 201)).toBe(false);
  });

  it('is not a large file of another kind, one too deep to look for, or a path that is not there', () => {
    write('other/results.json', 500);
    write('other/DATA.TSV', 500);
    write('notes/readme.md', 500);
    write('deep/a/b/c/d/e.csv', 500);
    expect(holdsLargeCsv([join(root, 'other', 'results.json')], 100)).toBe(false);
    expect(holdsLargeCsv([join(root, 'other')], 100)).toBe(true);
    expect(holdsLargeCsv([join(root, 'deep')], 100)).toBe(false);
    expect(holdsLargeCsv([join(root, 'deep', 'a', 'b')], 100)).toBe(true);
    expect(holdsLargeCsv([join(root, 'notes')], 100)).toBe(false);
    expect(holdsLargeCsv([join(root, 'missing')], 100)).toBe(false);
    expect(holdsLargeCsv([], 100)).toBe(false);
  });
});
