// Every activity dh is installed with, end to end as a country team runs it: scaffolded, its
// synthetic data validated clean, its injected errors found where they were injected, and
// its tables analysed into the national results. Whatever activities are installed: a new
// package is held to the same journey without a line here naming it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateActivity } from '@dh/validate';
import { rowThreadPool } from '@dh/validate/threads';
import { loadActivities } from './activities.js';
import { loadAssessment } from './assessment.js';
import { approveEthics } from '../test/approve-ethics.js';
import { NEW_EXAMPLELAND } from '../test/exampleland.js';
import { runCli } from '../test/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'dh-activities-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'assessments/xe');
const installed = await loadActivities();
const synthesised = installed.filter((a) => a.build().synthesis !== undefined);

interface Report {
  readonly summary: readonly { readonly code: string; readonly severity: string; readonly count: number }[];
  readonly issues: readonly { readonly code: string; readonly file?: string; readonly row?: number; readonly field?: string }[];
}

interface Manifest {
  readonly expectedIssues: Readonly<Record<string, number>>;
  readonly errors: readonly { readonly code: string; readonly file: string; readonly row: number; readonly field: string }[];
}

beforeAll(() => {
  const made = runCli([...NEW_EXAMPLELAND, '--root', root]);
  if (made.status !== 0) throw new Error(made.stderr);
  approveEthics(dir, installed);
}, 120_000);

describe.each(synthesised.map((a) => [a.id]))('%s', (id) => {
  const data = join(dir, 'data', id);
  const injected = join(root, 'injected', id);

  it('passes its own clean synthetic data (exit 0)', () => {
    const synth = runCli(['synth', id, '--n', '40', '--seed', '3', '--config', dir, '--out', data, '--force']);
    expect(synth.status, synth.stderr).toBe(0);
    const run = runCli(['validate', data, '--config', dir]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`dh validate · ${id} `);
  });

  it('finds exactly the errors dh synth injected, where it injected them (exit 1)', () => {
    const synth = runCli(['synth', id, '--n', '40', '--seed', '3', '--config', dir, '--out', injected, '--inject-errors']);
    expect(synth.status, synth.stderr).toBe(0);
    const run = runCli(['validate', injected, '--activity', id, '--config', dir, '--format', 'json', '--examples', '1000']);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const manifest = JSON.parse(readFileSync(join(injected, 'errors-manifest.json'), 'utf8')) as Manifest;
    expect(manifest.errors.length).toBeGreaterThan(0);
    // Every injected error is found, as often as injected; beyond them, only warnings the damage
    // implies (fewer usable interviews than planned once some are broken), never another error.
    const predicted = report.summary.filter((s) => s.code in manifest.expectedIssues);
    expect(Object.fromEntries(predicted.map((s) => [s.code, s.count]))).toEqual(manifest.expectedIssues);
    expect(report.summary.filter((s) => !(s.code in manifest.expectedIssues) && s.severity !== 'warning')).toEqual([]);
    for (const error of manifest.errors) {
      const found = report.issues.some(
        (i) => i.code === error.code && i.file?.endsWith(error.file) && i.row === error.row && (i.field ?? '') === (error.field ?? ''),
      );
      expect(found, `${error.code} at ${error.file} row ${error.row} ${error.field}`).toBe(true);
    }
  });

  it('reports the same issues, in the same order, when other threads check some of the rows', async () => {
    const definition = installed.find((a) => a.id === id);
    if (definition === undefined) throw new Error(`${id} is not installed`);
    const { config } = loadAssessment(dir, installed, root);
    // Few rows per block and few examples per code: every file is shared, and which examples are kept depends on the merge.
    const pool = rowThreadPool({ threads: 3, minFileBytes: 0, rowsPerBlock: 3, deal: 'turns' });
    try {
      for (const examplesPerCode of [2, 1000]) {
        const options = { definition, built: definition.build(config), config, files: [injected], toolVersion: 'test', examplesPerCode };
        // The time of the run aside, the reports must be the same to the byte.
        const alone = { ...(await validateActivity(options)), generatedAt: '' };
        const shared = { ...(await validateActivity({ ...options, rowThreads: pool })), generatedAt: '' };
        expect(alone.totals.errors).toBeGreaterThan(0);
        expect(shared).toEqual(alone);
      }
    } finally {
      await pool.close();
    }
  });
});

describe('dh analyze on an assessment running every installed activity', () => {
  it('puts each activity with data into the one results file and the national report', () => {
    const run = runCli(['analyze', dir, '--format', 'json,html']);
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, 'results/results.json'), 'utf8')) as {
      activities: readonly { id: string }[];
      indicators: readonly { activity: string }[];
      tables: readonly { activity: string }[];
    };
    const analysed = new Set([...results.indicators.map((i) => i.activity), ...results.tables.map((t) => t.activity)]);
    expect([...analysed].sort()).toEqual(synthesised.map((a) => a.id).sort());
    const report = readFileSync(join(dir, 'results/report.html'), 'utf8');
    for (const activity of synthesised) expect(report, activity.id).toContain(activity.id);
  });
});
