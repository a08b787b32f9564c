import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '@dh/core';
import { runCli } from '../test/run-cli.js';

// Real synthetic household-survey data, made the way a research lead would: dh new country, dh synth.
let root: string;

function assessment(iso: string, extra: readonly string[] = []): string {
  const scaffold = runCli([
    'new',
    'country',
    '--iso',
    iso,
    '--name',
    `Country ${iso}`,
    '--synthetic',
    '--activities',
    'household-survey',
    '--internet-using-children',
    '2500000',
    '--root',
    root,
    '--dir',
    iso.toLowerCase(),
    ...extra,
  ]);
  expect(scaffold.status, scaffold.stderr).toBe(0);
  const dir = join(root, iso.toLowerCase());
  const synth = runCli([
    'synth',
    'household-survey',
    '--n',
    '400',
    '--seed',
    '3',
    '--config',
    dir,
    '--out',
    join(dir, 'data', 'household-survey'),
  ]);
  expect(synth.status, synth.stderr).toBe(0);
  return dir;
}

/** RFC 4180 records: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || c === '\n') {
      record.push(cell);
      cell = '';
      if (c === '\n') {
        records.push(record);
        record = [];
      }
    } else if (c !== '\r') {
      cell += c;
    }
  }
  return records;
}

const readCsv = (file: string): Record<string, string>[] => {
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dh-analyze-'));
  assessment('XA');
  assessment('XB', ['--age-min', '9']);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dh analyze', () => {
  it('computes every household-survey indicator and writes JSON valid against the published schema, CSV and HTML', () => {
    const run = runCli(['analyze', 'xa', '--format', 'json,csv,html'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Analysed xa \(XA\): \d+ indicators estimated, 0 not computed/);
    const results = JSON.parse(readFileSync(join(root, 'xa/results/results.json'), 'utf8')) as {
      indicators: { id: string; design: string }[];
      estimates: { flags: string[]; estimate: number | null }[];
    };
    const schema = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../analysis/schema/results.schema.json', import.meta.url)), 'utf8'),
    ) as Record<string, unknown>;
    const ajv = createAjv();
    const valid = ajv.compile(schema);
    expect(valid(results), ajv.errorsText(valid.errors)).toBe(true);
    expect(results.indicators.map((i) => i.id)).toContain('ocsea_clear_example');
    expect(results.indicators.find((i) => i.id === 'internet_use_all_children')?.design).toMatch(/^roster, from household through/);
    expect(existsSync(join(root, 'xa/results/results.csv'))).toBe(true);
    expect(readFileSync(join(root, 'xa/results/report.html'), 'utf8')).toMatch(/<svg[^>]*role="img"/);
  });

  it('publishes no number for a suppressed cell in any format', () => {
    const run = runCli(['analyze', 'xa', '--format', 'json,csv,html', '--out', 'xa/suppressed'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(root, 'xa/suppressed/results.json'), 'utf8')) as {
      estimates: { indicator: string; level: string | null; flags: string[]; estimate: number | null; n: number | null }[];
    };
    const suppressed = results.estimates.filter((e) => e.flags.includes('suppressed'));
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((e) => e.estimate === null && e.n === null)).toBe(true);
    const csv = readCsv(join(root, 'xa/suppressed/results.csv')).filter((r) => r['suppressed'] === 'true');
    expect(csv).toHaveLength(suppressed.length);
    expect(csv.every((r) => r['estimate'] === '' && r['ci_low'] === '' && r['n_unweighted'] === '')).toBe(true);
    expect(readFileSync(join(root, 'xa/suppressed/report.html'), 'utf8')).toContain('* suppressed (too few cases)');
  });

  it('says on every run that thresholds are below their floors by override, and repeats the reason in the results', () => {
    const dir = assessment('XO');
    const file = join(dir, 'assessment.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as { thresholds: Record<string, unknown> };
    config.thresholds = {
      ...config.thresholds,
      suppressBelow: 5,
      flagBelow: 20,
      override: 'Pilot of 40 households: checked by hand, not published.',
    };
    writeFileSync(file, JSON.stringify(config, null, 2));
    const run = runCli(['analyze', 'xo', '--out', 'xo/results'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /warning: .*assessment\.json: thresholds\.suppressBelow: 5 is below the floor of 10, by override: "Pilot of 40 households/,
    );
    const results = JSON.parse(readFileSync(join(dir, 'results/results.json'), 'utf8')) as { thresholds: { override?: string } };
    expect(results.thresholds.override).toBe('Pilot of 40 households: checked by hand, not published.');
  });

  it('exports, per indicator, the tidy analysis data and an R survey script', () => {
    const run = runCli(['analyze', 'xa', '--export-analysis-data', '--out', 'xa/export'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/row-level data: keep it on this machine/);
    const script = readFileSync(join(root, 'xa/export/analysis-data/household-survey/ocsea_clear_example.R'), 'utf8');
    expect(script).toContain('svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = d, nest = TRUE)');
    expect(readFileSync(join(root, 'xa/export/analysis-data/household-survey/ocsea_clear_example.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^stratum,psu,weight,.*,in_universe,numerator$/,
    );
  });

  it('says which indicators a missing file stops, and exits 1', () => {
    const dir = assessment('XC');
    unlinkSync(join(dir, 'data/household-survey/caregiver.csv'));
    const run = runCli(['analyze', 'xc', '--out', 'xc/out'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/caregiver_uses_internet: Not computed: no file in data\/household-survey\/ holds caregiver records/);
  });

  it('gives the same results with the rows of large files checked on several threads (--jobs)', () => {
    // The child interviews written over and over, past the size at which threads share a file's rows (their ids repeat: --allow-errors).
    const dir = assessment('XD');
    const file = join(dir, 'data/household-survey/child.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const body = rows.join('\n');
    writeFileSync(file, `${header ?? ''}\n${Array.from({ length: Math.ceil(4.5e6 / body.length) }, () => body).join('\n')}\n`);
    const results = (jobs: string) => {
      const run = runCli(['analyze', 'xd', '--allow-errors', '--out', `xd/jobs-${jobs}`, '--jobs', jobs], { cwd: root });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(join(root, `xd/jobs-${jobs}/results.json`), 'utf8');
    };
    const alone = results('1');
    expect(alone).toMatch(/analysed despite \d+ validation error/);
    expect(results('3')).toBe(alone);
  });

  it('always writes results.json, which dh compare then reads, also when only the report was asked for', () => {
    const run = runCli(['analyze', 'xa', '--format', 'html', '--out', 'xa/html-only'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(root, 'xa/html-only/report.html'))).toBe(true);
    expect(existsSync(join(root, 'xa/html-only/results.json'))).toBe(true);
  });

  it.each([
    ['a folder that is not an assessment', ['analyze', 'nowhere'], /nowhere does not exist; give an assessment folder/],
    ['an unknown format', ['analyze', 'xa', '--format', 'pdf'], /--format takes json, csv or html/],
    ['no thread at all', ['analyze', 'xa', '--jobs', '0'], /--jobs must be a whole number of at least 1, not "0"/],
  ])('refuses %s with one message and exit 2', (_name, args, message) => {
    const run = runCli(args, { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dh compare', () => {
  it('refuses to put countries with different survey age ranges side by side, and says why', () => {
    const run = runCli(['compare', 'xa', 'xb', '--format', 'json,csv,html', '--out', 'cmp'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const reason = 'Ages surveyed: XB 9–17, XA 12–17; not comparable.';
    expect(run.stdout).toContain(reason);
    const rows = readCsv(join(root, 'cmp/comparison.csv')).filter((r) => r['country'] === 'XB');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r['comparable'] === 'false' && r['estimate'] === '' && r['reason'] === reason)).toBe(true);
    const html = readFileSync(join(root, 'cmp/comparison.html'), 'utf8');
    expect(html.split(reason)).toHaveLength(2);
  });

  it('puts comparable countries side by side', () => {
    const run = runCli(['compare', 'xa', 'xa', '--out', 'same'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const comparison = JSON.parse(readFileSync(join(root, 'same/comparison.json'), 'utf8')) as {
      rows: { cells: { comparable: boolean; estimate: number | null }[] }[];
    };
    expect(comparison.rows.every((r) => r.cells.every((c) => c.comparable))).toBe(true);
    expect(comparison.rows.some((r) => r.cells[1]?.estimate !== null)).toBe(true);
  });
});
