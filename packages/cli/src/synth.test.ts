import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-synth-'));
  dirs.push(dir);
  return dir;
};

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

const SETTINGS = {
  ageRange: { min: 9, max: 17 },
  internetUser: { recallMonths: 6, definition: 'Used the internet in the past 6 months' },
  strata: [
    { code: 'north', label: 'North', urbanRural: 'urban' },
    { code: 'south', label: 'South', urbanRural: 'rural' },
  ],
  stratumVariable: 'strat',
  psuVariable: 'ea',
  weightVariable: 'wt',
};

const CONFIG = {
  country: 'XA',
  name: 'Examplia',
  synthetic: true,
  languages: ['en'],
  activities: { 'household-survey': { version: '0.1.0', settings: SETTINGS } },
  fieldwork: { start: '2022-02-01', end: '2022-05-31' },
  population: { year: 2022, internetUsingChildren: 900000, source: 'Synthetic' },
};

describe('dh synth', () => {
  it('writes one CSV per record type, with the schema variables as header, and the same bytes for the same seed', () => {
    const [a, b] = [scratch(), scratch()];
    const first = runCli(['synth', 'household-survey', '--n', '120', '--seed', '3', '--out', a]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/household.csv +120 rows/);
    expect(runCli(['synth', 'household-survey', '--n', '120', '--seed', '3', '--out', b]).status).toBe(0);
    for (const file of ['household.csv', 'roster.csv', 'child.csv', 'caregiver.csv']) expect(read(b, file), file).toBe(read(a, file));
    const schema = JSON.parse(
      readFileSync(new URL('../../activities/household-survey/schema/child.schema.json', import.meta.url), 'utf8'),
    ) as { properties: Record<string, unknown> };
    expect(read(a, 'child.csv').split('\n')[0]?.split(',')).toEqual(Object.keys(schema.properties));
    expect(existsSync(join(a, 'errors-manifest.json'))).toBe(false);
  });

  it('injects errors on request and lists each with its file, row and variable', () => {
    const out = scratch();
    const run = runCli(['synth', 'household-survey', '--n', '300', '--seed', '1', '--out', out, '--inject-errors', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { injected: Record<string, number>; files: { file: string; rows: number }[] };
    expect(result.injected['broken-link']).toBe(2);
    const manifest = JSON.parse(read(out, 'errors-manifest.json')) as {
      activity: { id: string };
      errors: { code: string; file: string; row: number; field: string }[];
    };
    expect(manifest.activity.id).toBe('household-survey');
    expect(manifest.errors.length).toBe(Object.values(result.injected).reduce((a, b) => a + b, 0));
    const typeError = manifest.errors.find((e) => e.code === 'type-error');
    if (!typeError) throw new Error('no type error injected');
    const lines = read(out, typeError.file).split('\n');
    const column = lines[0]?.split(',').indexOf(typeError.field) ?? -1;
    expect(lines[typeError.row - 1]?.split(',')[column]).toMatch(/^about \d+$/);
  });

  it('follows an assessment config and the prevalence asked for', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(CONFIG));
    const out = join(dir, 'synthetic');
    const run = runCli(['synth', 'household-survey', '--n', '800', '--config', dir, '--out', out, '--prevalence', 'ocsea_threatened=0.5']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/warning/);
    const [header = '', ...rows] = read(out, 'child.csv').trim().split('\n');
    const columns = header.split(',');
    expect(columns).toEqual(expect.arrayContaining(['strat', 'ea', 'wt']));
    const answers = rows.map((r) => r.split(',')[columns.indexOf('ocsea_threatened')]).filter((v) => v !== '');
    const share = answers.filter((v) => v === 'yes').length / answers.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it('makes figures for the reference years asked with --years, and only for those', () => {
    const out = scratch();
    const run = runCli(['synth', 'law-enforcement-data', '--years', '2015-2018', '--seed', '2', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(read(out, 'law_enforcement_figure.csv'), { header: true, skipEmptyLines: true }).data;
    const years = new Set(rows.map((r) => r['period']?.slice(0, 4)));
    expect([...years].sort()).toEqual(['2015', '2016', '2017', '2018']);
  });

  it('makes survivor conversations with refusals and withdrawals beside them, which link no conversation', () => {
    const out = scratch();
    const xa = fileURLToPath(new URL('../../../examples/xa', import.meta.url));
    const run = runCli(['synth', 'survivor-conversations', '--n', '30', '--seed', '4', '--config', xa, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const csv = (file: string) => Papa.parse<Record<string, string>>(read(out, file), { header: true, skipEmptyLines: true }).data;
    const conversations = new Set(csv('interview_log.csv').map((r) => r['interview_code']));
    const invitations = csv('participation.csv');
    const tookPart = invitations.filter((r) => r['outcome'] === 'took_part');
    expect(new Set(tookPart.map((r) => r['interview_code']))).toEqual(conversations);
    const others = invitations.filter((r) => r['outcome'] !== 'took_part');
    expect(new Set(others.map((r) => r['outcome']))).toEqual(new Set(['declined', 'withdrew_during', 'withdrew_after']));
    expect(others.every((r) => r['interview_code'] === '')).toBe(true);
  });

  it.each([
    [['synth', 'household-survey', '--n', '0'], /--n must be a whole number of at least 1, not "0"/],
    [['synth', 'household-survey', '--seed', '-4'], /--seed must be a whole number of at least 0/],
    [['synth', 'household-survey', '--prevalence', 'age=0.2'], /"age" has no prevalence to set\. Items with one: .*ocsea_threatened/],
    [['synth', 'household-survey', '--prevalence', 'ocsea_threatened=1.2'], /between 0 and 1, not 1.2/],
    [['synth', 'household-survey', '--prevalence', 'ocsea_threatened'], /is not item=share/],
    [
      ['synth', 'no-such-activity'],
      /^dh: synth: "no-such-activity" is not an activity installed with this dh; installed: (?:[a-z-]+, )*household-survey(?:, [a-z-]+)*\./,
    ],
    [['synth', 'household-survey', '--config', '/nonexistent/assessment.json'], /--config: .* does not exist/],
    [
      ['synth', 'household-survey', '--years', '2017-2021'],
      /--years: household-survey has no reference years; it applies to .*law-enforcement-data/,
    ],
    [['synth', 'law-enforcement-data', '--years', '2021-2017'], /--years: the first year 2021 is after the last year 2017\./],
    [
      ['synth', 'law-enforcement-data', '--years', 'last five'],
      /--years: "last five" is not a span of years; write e.g\. --years 2017-2021/,
    ],
  ])('refuses %j with one clear message and exit 2', (args, message) => {
    const run = runCli([...args, '--out', scratch()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names each problem of an invalid assessment config', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'assessment.json'),
      JSON.stringify({
        ...CONFIG,
        activities: { 'household-survey': { version: '0.1.0', settings: { ...SETTINGS, ageRange: { min: 17, max: 9 } } } },
      }),
    );
    const run = runCli(['synth', 'household-survey', '--config', join(dir, 'assessment.json'), '--out', scratch()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/activities\.household-survey\.settings\.ageRange: min 17 is above max 9/);
  });
});
