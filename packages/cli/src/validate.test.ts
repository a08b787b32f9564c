import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAjv } from '@dh/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

const reportSchema = JSON.parse(
  readFileSync(new URL('../../validate/schema/validation-report.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

interface Report {
  readonly status: string;
  readonly exitCode: number;
  readonly totals: { readonly errors: number; readonly warnings: number };
  readonly summary: readonly { readonly code: string; readonly count: number }[];
  readonly issues: readonly {
    readonly code: string;
    readonly file?: string;
    readonly row?: number;
    readonly field?: string;
    readonly message: string;
  }[];
}

interface Manifest {
  readonly expectedIssues: Readonly<Record<string, number>>;
  readonly errors: readonly {
    readonly code: string;
    readonly file: string;
    readonly row: number;
    readonly field: string;
    readonly alsoRaises: readonly string[];
  }[];
}

let root = '';
const folder = (name: string) => join(root, name);
const digest = (dir: string) =>
  readdirSync(dir)
    .map((f) =>
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    )
    .join();

/** `dh synth` output of a few hundred households, made once for the whole file. */
function synth(out: string, ...extra: string[]): void {
  const run = runCli(['synth', 'household-survey', '--n', '200', '--seed', '5', '--out', out, ...extra]);
  if (run.status !== 0) throw new Error(`dh synth failed: ${run.stderr}`);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dh-cli-validate-'));
  synth(folder('clean'));
  synth(folder('injected'), '--inject-errors');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dh validate on synthetic household-survey data', () => {
  it('finds exactly the errors dh synth injected, where it injected them (exit 1)', () => {
    const before = digest(folder('injected'));
    const run = runCli(['validate', folder('injected'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const manifest = JSON.parse(readFileSync(join(folder('injected'), 'errors-manifest.json'), 'utf8')) as Manifest;
    expect(Object.fromEntries(report.summary.map((s) => [s.code, s.count]))).toEqual(manifest.expectedIssues);
    for (const error of manifest.errors) {
      const found = report.issues.some(
        (i) => i.code === error.code && i.file?.endsWith(error.file) && i.row === error.row && i.field === error.field,
      );
      expect(found, `${error.code} at ${error.file} row ${error.row} ${error.field}`).toBe(true);
    }
    expect(digest(folder('injected'))).toBe(before);
  });

  it('checks every cell, errors explained included, without loading ajv (start-up stays short)', () => {
    // ajv is the reference the compiled checks are tested against; loading it cost every run 50 ms.
    const probe = join(root, 'ajv-probe.mjs');
    writeFileSync(
      probe,
      [
        "import { createRequire } from 'node:module';",
        'const cache = createRequire(import.meta.url).cache;',
        "process.on('exit', () => process.stderr.write(`ajv modules loaded: ${Object.keys(cache).filter((f) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(f)).length}\\n`));",
      ].join('\n'),
    );
    const run = runCli(['validate', folder('injected'), '--format', 'json'], {
      env: { NODE_OPTIONS: `--import ${pathToFileURL(probe).href}` },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('ajv modules loaded: 0\n');
  });

  it('loads only the activity --activity names when no assessment is involved, and every installed one otherwise', () => {
    // Module loading hooks run on a thread of their own: they send each module's address back through a port.
    const hooks = join(root, 'load-hooks.mjs');
    writeFileSync(
      hooks,
      [
        'let port;',
        'export function initialize(data) { port = data.port; }',
        'export async function load(url, context, next) { port.postMessage(url); return next(url, context); }',
      ].join('\n'),
    );
    const probe = join(root, 'activity-probe.mjs');
    writeFileSync(
      probe,
      [
        "import { register } from 'node:module';",
        "import { MessageChannel } from 'node:worker_threads';",
        'const { port1, port2 } = new MessageChannel();',
        'const activities = new Set();',
        "port1.on('message', (url) => { const m = /packages\\/activities\\/([^/]+)\\//.exec(url); if (m) activities.add(m[1]); });",
        'port1.unref();',
        `register(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { port: port2 }, transferList: [port2] });`,
        "process.on('exit', () => process.stderr.write(`activity packages loaded: ${[...activities].sort().join(' ')}\\n`));",
      ].join('\n'),
    );
    const env = { NODE_OPTIONS: `--import ${pathToFileURL(probe).href}` };
    const loaded = (run: { stderr: string }) => /activity packages loaded: (.*)\n/.exec(run.stderr)?.[1]?.split(' ') ?? [];
    const named = runCli(['validate', folder('clean'), '--activity', 'household-survey', '--format', 'json'], { env });
    expect(named.status, named.stderr).toBe(0);
    expect(loaded(named)).toEqual(['household-survey']);
    const told = runCli(['validate', folder('clean'), '--format', 'json'], { env });
    expect(told.status, told.stderr).toBe(0);
    expect(loaded(told).length).toBeGreaterThan(1);
  });

  it('gives the same report with its rows checked on several threads (--jobs)', () => {
    // The injected children written over and over: a child file past the size at which threads share its rows, every id repeated.
    const dir = folder('large');
    mkdirSync(dir);
    for (const file of readdirSync(folder('injected')))
      if (file.endsWith('.csv')) copyFileSync(join(folder('injected'), file), join(dir, file));
    const [header, ...rows] = readFileSync(join(dir, 'child.csv'), 'utf8').trimEnd().split('\n');
    const body = rows.join('\n');
    writeFileSync(
      join(dir, 'child.csv'),
      `${header ?? ''}\n${Array.from({ length: Math.ceil(4.5e6 / body.length) }, () => body).join('\n')}\n`,
    );
    const report = (jobs: string) => {
      const run = runCli(['validate', dir, '--activity', 'household-survey', '--format', 'json', '--examples', '7', '--jobs', jobs]);
      expect(run.status, run.stderr).toBe(1);
      return { ...(JSON.parse(run.stdout) as Record<string, unknown>), generatedAt: '' };
    };
    const alone = report('1');
    expect((alone as unknown as Report).summary.map((s) => s.code)).toContain('duplicate-id');
    expect(report('3')).toEqual(alone);
  });

  it('writes a report valid against the published schema', () => {
    const report = JSON.parse(runCli(['validate', folder('injected'), '--format', 'json']).stdout) as unknown;
    const validate = createAjv().compile(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('passes clean data (exit 0) with a plain terminal report', () => {
    const run = runCli(['validate', folder('clean')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/household\.csv\s+household\s+checked\s+200/);
    expect(run.stdout).toContain('The data passed validation (exit code 0).');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('treats warnings as errors only with --strict', () => {
    const dir = folder('warnings');
    mkdirSync(dir);
    for (const file of readdirSync(folder('clean'))) copyFileSync(join(folder('clean'), file), join(dir, file));
    const roster = readFileSync(join(dir, 'roster.csv'), 'utf8').split('\n');
    writeFileSync(
      join(dir, 'roster.csv'),
      roster.map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'supervisor_note' : 'ok'}`)).join('\n'),
    );
    expect(runCli(['validate', dir]).status).toBe(0);
    const strict = runCli(['validate', dir, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('Column "supervisor_note" is not a variable of roster');
  });

  it.each([
    ['csv', (text: string) => text.startsWith('\uFEFFseverity,code,file,record,row,row_unit,column,value,message,fix\r\n')],
    ['html', (text: string) => text.startsWith('<!doctype html>') && text.includes('Issues by code')],
    ['json', (text: string) => (JSON.parse(text) as Report).status === 'failed'],
    ['text', (text: string) => text.includes('Issues by code') && !text.includes('\u001b[')],
  ])('writes a %s report to --out, saying where on stderr', (format, looksRight) => {
    const out = join(root, `report.${format}`);
    const run = runCli(['validate', folder('injected'), '--format', format, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`Report written to .*report\\.${format}: \\d+ errors, \\d+ warnings \\(exit code 1\\)`));
    expect(looksRight(readFileSync(out, 'utf8'))).toBe(true);
  });

  it('prints the JSON report with --json, the same as --format json', () => {
    const json = runCli(['validate', folder('injected'), '--json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as Report & { generatedAt?: string };
    const long = JSON.parse(runCli(['validate', folder('injected'), '--format', 'json']).stdout) as Report & { generatedAt?: string };
    expect({ ...report, generatedAt: null }).toEqual({ ...long, generatedAt: null });
  });

  it('uses the assessment.json found above the data folder (its design variable names)', () => {
    const assessment = folder('assessment');
    mkdirSync(join(assessment, 'data'), { recursive: true });
    writeFileSync(join(assessment, 'assessment.json'), JSON.stringify(renamedDesignConfig()));
    synth(join(assessment, 'data', 'household-survey'), '--config', join(assessment, 'assessment.json'));
    expect(runCli(['validate', join(assessment, 'data', 'household-survey')]).status).toBe(0);
    const elsewhere = folder('no-assessment');
    mkdirSync(elsewhere);
    for (const file of readdirSync(join(assessment, 'data', 'household-survey')))
      copyFileSync(join(assessment, 'data', 'household-survey', file), join(elsewhere, file));
    const run = runCli(['validate', elsewhere]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Column "stratum" is missing');
  });
});

describe('dh validate on bad input', () => {
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(root, 'bad', name);
    mkdirSync(join(root, 'bad'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['an empty file', 2, 'empty.csv', '', /empty\.csv is empty \(0 bytes\)/],
    [
      'a binary file',
      2,
      'photo.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
      /photo\.csv cannot be read as a table because it holds binary data/,
    ],
    ['a JSON __proto__ key', 2, 'child.json', '[{"child_id": "C1", "__proto__": {"x": 1}}]', /child\.json uses the key "__proto__"/],
  ])('%s: says so, naming the file (exit %i)', (_kind, exit, name, content, says) => {
    const path = file(name, content);
    const run = runCli(['validate', path]);
    expect(run.status).toBe(exit);
    // Alone and unreadable, a file cannot say which activity it is for: the problem then goes to stderr.
    expect(run.stdout + run.stderr).toMatch(says);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file that does not exist: says so, naming it (exit 2)', () => {
    const run = runCli(['validate', join(root, 'bad', 'nothing-here.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/nothing-here\.csv does not exist: give data files, a folder of them, or an assessment folder/);
  });

  it('reports a quote never closed at its row, in the file it is in (exit 1)', () => {
    const lines = readFileSync(join(folder('clean'), 'roster.csv'), 'utf8').split('\n');
    lines[3] = lines[3]?.replace(',', ',"') ?? '';
    const path = file('roster.csv', lines.join('\n'));
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const run = runCli(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/roster\.csv, row 4: A quoted value opened in row 4 is never closed/);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('refuses a file over --max-size (exit 2)', () => {
    const path = file('big.csv', `a,b\n${'1,2\n'.repeat(300_000)}`);
    const run = runCli(['validate', path, '--max-size', '1']);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/big\.csv is 1,200,004 bytes, more than the 1,048,576-byte limit/);
  });
});

describe('dh validate misuse', () => {
  it.each([
    [['--format', 'xml'], /--format must be one of text, json, csv, html, not "xml"/],
    [
      ['--record', 'pets'],
      /--record: household-survey has no record type "pets"; its record types are household, roster, child, caregiver/,
    ],
    [
      ['--activity', 'frontline'],
      /--activity: "frontline" is not an activity installed with this dh; installed: (?:[a-z-]+, )*household-survey(?:, [a-z-]+)*\./,
    ],
    [['--examples', 'many'], /--examples must be a whole number of at least 1, not "many"/],
    [['--jobs', '0'], /--jobs must be a whole number of at least 1, not "0"/],
    [['--json', '--format', 'csv'], /--json is short for --format json: give one or the other, not --json with --format csv/],
  ])('%j: one clear message, exit 2', (flags, says) => {
    const run = runCli(['validate', folder('clean'), ...flags]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an invalid assessment.json found beside the data', () => {
    const dir = folder('bad-config');
    mkdirSync(dir);
    copyFileSync(join(folder('clean'), 'household.csv'), join(dir, 'household.csv'));
    writeFileSync(join(dir, 'assessment.json'), '{"country": "Kenya"}');
    const run = runCli(['validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad-config\/assessment\.json is not a valid assessment config:\n.*bad-config\/assessment\.json: country: /);
    expect(existsSync(join(dir, 'assessment.json'))).toBe(true);
  });
});

function renamedDesignConfig(): Record<string, unknown> {
  return {
    country: 'XA',
    name: 'Examplia',
    synthetic: true,
    languages: ['en'],
    activities: {
      'household-survey': {
        version: '0.1.0',
        settings: {
          ageRange: { min: 12, max: 17 },
          internetUser: { recallMonths: 3, definition: 'Used the internet in the past 3 months' },
          strata: [
            { code: 'coast_urban', label: 'Coast, urban' },
            { code: 'coast_rural', label: 'Coast, rural' },
          ],
          stratumVariable: 'strat',
          psuVariable: 'ea',
          weightVariable: 'wt',
        },
      },
    },
    fieldwork: { start: '2022-02-01', end: '2022-05-31' },
  };
}

describe('dh validate on files named nothing in particular, with several activities installed', () => {
  const examples = new URL('../../../examples/xa/data/', import.meta.url);
  const copy = (from: string, to: string) => {
    mkdirSync(folder('loose'), { recursive: true });
    copyFileSync(new URL(from, examples), join(folder('loose'), to));
    return join(folder('loose'), to);
  };

  it('tells the activity from the headers, as it tells each record type', () => {
    const review = runCli(['validate', copy('legal-policy-review/provision_review.csv', 'from-the-reviewer.csv')]);
    expect(review.stderr).toBe('');
    expect(review.stdout).toMatch(/^dh validate · legal-policy-review /);
    const child = runCli(['validate', copy('household-survey/child.csv', 'export (2).csv'), '--record', 'child']);
    expect(child.stdout).toMatch(/^dh validate · household-survey /);
  });

  it('asks for --activity when the files belong to different activities, naming the choices (exit 2)', () => {
    const run = runCli([
      'validate',
      copy('legal-policy-review/provision_review.csv', 'a.csv'),
      copy('household-survey/household.csv', 'b.csv'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /which activity these data belong to cannot be told .*: name it with --activity <id>, one of .*household-survey/,
    );
  });
});
