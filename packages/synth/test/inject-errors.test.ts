import { describe, expect, it } from 'vitest';
// The real survey is the hardest fixture there is; synth's own code never imports an activity.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { activity } from '@dh/household-survey';
import { synthesize, type ErrorsManifest } from '../src/index.js';
import { checkDataset, issueLines } from './check-dataset.js';
import { csvFiles } from './helpers.js';

const built = activity.build();

const KINDS = [
  'out-of-range',
  'unknown-code',
  'type-error',
  'required-missing',
  'answered-not-relevant',
  'relevant-missing',
  'constraint-failed',
  'duplicate-id',
  'broken-link',
  'personal-identifier-value',
  'consent-missing',
  'missing-column',
  'extra-column',
];

/** The issues the manifest promises: each mistake's own code and those it says it also raises, on its row and variable. */
function promised(manifest: ErrorsManifest): string[] {
  return issueLines(
    manifest.errors.flatMap((e) => [e.code, ...e.alsoRaises].map((code) => ({ code, file: e.file, row: e.row, field: e.field }))),
  );
}

describe('injected errors', () => {
  it.each([1, 7, 2024])('are exactly the issues the manifest lists (seed %i)', (seed) => {
    const dataset = synthesize(built, { n: 400, seed, injectErrors: true });
    const manifest = dataset.manifest;
    if (!manifest) throw new Error('no manifest');
    expect(Object.keys(manifest.counts).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(manifest.counts[kind], kind).toBe(2);
    expect(issueLines(checkDataset(built, csvFiles(dataset)))).toEqual(promised(manifest));
  });

  it('number rows as a spreadsheet does, the header being row 1', () => {
    const dataset = synthesize(built, { n: 300, seed: 11, injectErrors: { perKind: 1 } });
    const files = csvFiles(dataset);
    for (const error of dataset.manifest?.errors ?? []) {
      const lines = (files.get(error.file) ?? '').split('\n');
      const header = (lines[0] ?? '').split(',');
      if (error.row === 1) {
        expect(error.code).toMatch(/column/);
        continue;
      }
      const cells = lines[error.row - 1]?.split(',') ?? [];
      const value = cells[header.indexOf(error.field)] ?? '';
      expect(value.replace(/^"|"$/g, ''), `${error.code} ${error.file}:${error.row}`).toBe(error.value);
    }
  });

  it('leave the clean data of the same seed unchanged elsewhere', () => {
    const clean = csvFiles(synthesize(built, { n: 300, seed: 12 }));
    const dirty = synthesize(built, { n: 300, seed: 12, injectErrors: { perKind: 1 } });
    const touched = new Set(dirty.manifest?.errors.map((e) => e.file));
    const untouched = [...clean.keys()].filter((file) => !touched.has(file));
    for (const file of untouched) expect(csvFiles(dirty).get(file)).toBe(clean.get(file));
  });

  it('state the extra issue an answer without consent raises', () => {
    const manifest = synthesize(built, { n: 400, seed: 1, injectErrors: true }).manifest;
    const consent = manifest?.errors.filter((e) => e.code === 'consent-missing') ?? [];
    expect(consent.every((e) => e.alsoRaises.includes('answered-not-relevant'))).toBe(true);
    expect(manifest?.expectedIssues['answered-not-relevant']).toBe(2 + consent.length);
  });
});
