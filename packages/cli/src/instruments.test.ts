import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  choices,
  code,
  defineInstrument,
  extensionList,
  q,
  parseAssessmentConfig,
  questionnairesOf,
  recordTypesOf,
  selectOne,
  withExtensionLists,
  type ActivityDefinition,
  type AssessmentConfig,
  type AssessmentConfigInput,
  type BuiltActivity,
} from '@dh/core';
import { checkXlsform, readXlsform } from '@dh/exporters';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';
import { loadActivities } from './activities.js';
import { buildInstruments } from './commands/instruments.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-instruments-'));
  dirs.push(dir);
  return dir;
};

/** A one-instrument activity of the tests' own: an extension list and a self-completed question. */
function fixtureActivity(id: 'fixture-workers' | 'fixture-review', version = '1.2.0'): ActivityDefinition {
  const instrument = defineInstrument({
    id: 'worker',
    title: 'Frontline worker questionnaire',
    version,
    recordType: 'worker',
    key: ['worker_id'],
    choiceLists: [
      choices('yes_no', [
        ['yes', 'Yes'],
        ['no', 'No'],
      ]),
      extensionList('region', [['region_a', 'Region A']]),
    ],
    children: [
      code('worker_id', 'Worker code', { required: true }),
      selectOne('consent', 'yes_no', 'Do you agree to take part?', { required: true }),
      selectOne('region', 'region', 'Region', { relevant: q('consent').eq('yes') }),
      selectOne('seen_cases', 'yes_no', 'Have you seen cases of OCSEA?', { selfCompleted: true, relevant: q('consent').eq('yes') }),
    ],
  });
  // As the contract says, build(config) fills the country's lists itself.
  const build = (config?: AssessmentConfig): BuiltActivity => {
    const own = withExtensionLists(instrument, config?.extensionLists ?? {});
    return {
      instruments: [own],
      recordTypes: recordTypesOf(own),
      links: [],
      recordRules: [],
      datasetRules: [],
      derivedVariables: [],
      designs: [],
      consent: [],
      disaggregations: [],
      indicators: [],
      tables: [],
    };
  };
  return {
    id,
    title: 'Frontline worker survey',
    version,
    kind: 'survey',
    description: 'fixture',
    settings: z.strictObject({}),
    issues: [],
    disclosure: { case: 'respondent', description: 'Workers.' },
    comparability: [],
    build,
  };
}

function assessment(config: Partial<AssessmentConfigInput> = {}, translations: Record<string, unknown> = {}): string {
  const dir = scratch();
  const full: AssessmentConfigInput = {
    country: 'XA',
    name: 'Testland',
    languages: ['en', 'sw'],
    activities: { 'fixture-workers': { version: '1.2.0' } },
    fieldwork: { start: '2021-01-01', end: '2021-03-31' },
    ...config,
  };
  writeFileSync(join(dir, 'assessment.json'), JSON.stringify(full, null, 2));
  mkdirSync(join(dir, 'translations'));
  for (const [language, content] of Object.entries(translations))
    writeFileSync(join(dir, 'translations', `${language}.json`), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('buildInstruments', () => {
  it('without an assessment, builds every installed activity in English into the folder --out names', async () => {
    const cwd = scratch();
    const result = await buildInstruments({ out: 'instruments' }, async () => [fixtureActivity('fixture-workers')], cwd);
    expect(result.outDir).toBe(join(cwd, 'instruments'));
    expect(result.config).toBeNull();
    expect(result.languages).toEqual(['en']);
    expect(result.activities[0]?.files).toEqual([
      'fixture-workers/xlsform/worker.xlsx',
      'fixture-workers/codebook/worker.en.md',
      'fixture-workers/codebook/worker.en.html',
      'fixture-workers/ddi/worker.xml',
      'fixture-workers/tableschema/worker.json',
      'fixture-workers/datapackage.json',
    ]);
    for (const file of result.activities[0]?.files ?? []) expect(existsSync(join(cwd, 'instruments', file))).toBe(true);
  });

  it("uses the assessment's languages, translations and extension lists, and reports what is left untranslated", async () => {
    const dir = assessment(
      { extensionLists: { region: [{ code: 'coast', label: 'Coast', labels: { sw: 'Pwani' } }] } },
      { sw: { 'worker.consent.label': 'Unakubali kushiriki?' } },
    );
    const before = readFileSync(join(dir, 'assessment.json'), 'utf8');
    const result = await buildInstruments({ assessmentDir: dir }, async () => [
      fixtureActivity('fixture-workers'),
      fixtureActivity('fixture-review'),
    ]);
    expect(result.outDir).toBe(join(dir, 'instruments'));
    expect(result.activities.map((a) => a.id)).toEqual(['fixture-workers']);
    const form = await readXlsform(readFileSync(join(dir, 'instruments/fixture-workers/xlsform/worker.xlsx')));
    expect(form.survey?.rows.find((r) => r['name'] === 'consent')?.['label::Swahili (sw)']).toBe('Unakubali kushiriki?');
    expect(form.choices?.rows.filter((r) => r['list_name'] === 'region')).toEqual([
      { list_name: 'region', name: 'coast', 'label::English (en)': 'Coast', 'label::Swahili (sw)': 'Pwani' },
    ]);
    expect(result.activities[0]?.untranslated['en']).toBe(0);
    expect(result.activities[0]?.untranslated['sw']).toBeGreaterThan(3);
    expect(readFileSync(join(dir, 'assessment.json'), 'utf8')).toBe(before);
    expect(result.warnings).toEqual([]);
  });

  it('refuses to build without an assessment or --out, rather than writing into the working folder', async () => {
    const cwd = scratch();
    await expect(buildInstruments({}, async () => [fixtureActivity('fixture-workers')], cwd)).rejects.toThrow(
      /no assessment\.json in .* or above it: name the assessment/,
    );
    expect(existsSync(join(cwd, 'instruments'))).toBe(false);
  });

  it('finds the assessment by looking upward from a sub-folder, and accepts its assessment.json', async () => {
    const dir = assessment();
    const fromInside = await buildInstruments({}, async () => [fixtureActivity('fixture-workers')], join(dir, 'translations'));
    expect(fromInside.outDir).toBe(join(dir, 'instruments'));
    const fromFile = await buildInstruments(
      { assessmentDir: join(dir, 'assessment.json') },
      async () => [fixtureActivity('fixture-workers')],
      scratch(),
    );
    expect(fromFile.outDir).toBe(join(dir, 'instruments'));
  });

  it('warns about example codes, activities it cannot build, and a pin of the same series', async () => {
    const dir = assessment({ activities: { 'fixture-workers': { version: '1.0.0' }, 'law-enforcement-data': { version: '1.0.0' } } });
    const result = await buildInstruments({ assessmentDir: dir, out: join(dir, 'out'), languages: 'fr,en' }, async () => [
      fixtureActivity('fixture-workers'),
    ]);
    expect(result.languages).toEqual(['fr', 'en']);
    expect(result.warnings).toEqual([
      'law-enforcement-data: the assessment runs it, but its package is not installed with this dh; skipped',
      'fixture-workers: the assessment pins 1.0.0, building with the installed 1.2.0 (same compatibility line)',
      'fixture-workers: extension list "region" still holds example codes; fill extensionLists.region in assessment.json',
    ]);
    expect(existsSync(join(dir, 'out/fixture-workers/datapackage.json'))).toBe(true);
  });

  it.each([
    ['a folder without assessment.json', () => ({ assessmentDir: scratch() }), /is not an assessment folder: it has no assessment\.json/],
    [
      'an unreadable config',
      () => {
        const dir = assessment();
        writeFileSync(join(dir, 'assessment.json'), '{ "country": ');
        return { assessmentDir: dir };
      },
      /assessment\.json:1:14: not valid JSON: the file ends before the JSON does/,
    ],
    [
      'an invalid config',
      () => ({ assessmentDir: assessment({ country: 'Testland' }) }),
      /is not a valid assessment config:\n.*assessment\.json: country: /,
    ],
    [
      'an activity not installed',
      () => ({ activity: 'survivor-conversations', out: 'x' }),
      /--activity: "survivor-conversations" is not an activity installed with this dh; installed: fixture-workers\./,
    ],
    [
      'an activity the assessment does not run',
      () => ({ assessmentDir: assessment({ activities: {} }), activity: 'fixture-workers' }),
      /does not run "fixture-workers"/,
    ],
    [
      'a pin of another major version',
      () => ({ assessmentDir: assessment({ activities: { 'fixture-workers': { version: '2.0.0' } } }) }),
      /pins fixture-workers@2\.0\.0, but fixture-workers@1\.2\.0 is installed/,
    ],
    ['a bad language tag', () => ({ languages: 'en,xx-zz-123456789', out: 'x' }), /--languages: "xx-zz-123456789" is/],
    [
      'a translation file that is not key → text',
      () => ({ assessmentDir: assessment({}, { sw: ['not', 'an', 'object'] }) }),
      /sw\.json must be a JSON object of key → translated text/,
    ],
    [
      '--out being the assessment folder',
      () => {
        const dir = assessment();
        return { assessmentDir: dir, out: dir };
      },
      /--out must not be the assessment folder itself/,
    ],
  ])('refuses %s with a clear message', async (_case, options, message) => {
    await expect(buildInstruments(options(), async () => [fixtureActivity('fixture-workers')], scratch())).rejects.toThrow(message);
  });

  it('writes nothing when a country list would break the XLSForm', async () => {
    const dir = assessment({
      extensionLists: {
        region: [
          { code: 'coast', label: 'Coast' },
          { code: 'coast', label: 'Coast again' },
        ],
      },
    });
    await expect(buildInstruments({ assessmentDir: dir }, async () => [fixtureActivity('fixture-workers')])).rejects.toThrow(
      /would not convert.*nothing was written:\n {2}fixture-workers\/worker: choices row 5: list "region" already has the choice "coast" \(row 4\)/s,
    );
    expect(existsSync(join(dir, 'instruments'))).toBe(false);
  });
});

describe('dh instruments build (the built CLI)', () => {
  it('builds every installed activity of an assessment end to end, each XLSForm passing the structural check', async () => {
    // Whatever activity packages this dh is installed with (none, the household survey, more later).
    const installed = await loadActivities();
    const dir = scratch();
    const country = { iso: 'XA', name: 'Testland', languages: ['en', 'sw'] };
    const config: AssessmentConfigInput = {
      country: 'XA',
      name: 'Testland',
      languages: ['en', 'sw'],
      fieldwork: { start: '2021-01-01', end: '2021-03-31' },
      activities: Object.fromEntries(
        installed.map((a) => [a.id, { version: a.version, settings: a.scaffold?.settings({}, country) ?? {} }]),
      ),
      population: {
        year: 2020,
        internetUsingChildren: 100000,
        source: 'synthetic',
        childrenByYear: [2019, 2020, 2021].map((year) => ({ year, children: 250000 })),
      },
      extensionLists: { region: [{ code: 'coast', label: 'Coast' }] },
    };
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(config));
    const run = runCli(['instruments', 'build', dir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      outDir: string;
      activities: { id: string; files: string[]; untranslated: Record<string, number> }[];
    };
    expect(result.outDir).toBe(join(dir, 'instruments'));
    expect(result.activities.map((a) => a.id)).toEqual(installed.map((a) => a.id));
    const parsed = parseAssessmentConfig(config, installed);
    if (parsed.status !== 'success') throw new Error(`the test's own config is invalid: ${JSON.stringify(parsed.errors)}`);
    for (const activity of installed) {
      const built = activity.build(parsed.config);
      const files = result.activities.find((a) => a.id === activity.id)?.files ?? [];
      expect(files).toContain(`${activity.id}/datapackage.json`);
      for (const instrument of questionnairesOf(built.instruments)) {
        for (const suffix of [
          `xlsform/${instrument.id}.xlsx`,
          ...country.languages.flatMap((l) => [`codebook/${instrument.id}.${l}.md`, `codebook/${instrument.id}.${l}.html`]),
          `ddi/${instrument.id}.xml`,
        ])
          expect(files).toContain(`${activity.id}/${suffix}`);
        expect(await checkXlsform(readFileSync(join(dir, 'instruments', activity.id, 'xlsform', `${instrument.id}.xlsx`)))).toEqual([]);
      }
      for (const recordType of built.recordTypes) expect(files).toContain(`${activity.id}/tableschema/${recordType.name}.json`);
      for (const file of files) expect(existsSync(join(dir, 'instruments', file))).toBe(true);
    }
    const text = runCli(['instruments', 'build', dir, '--out', join(dir, 'english'), '--languages', 'en']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(`^Wrote instruments into ${join(dir, 'english')} \\(languages: en; config: ${join(dir, 'assessment.json')}\\)`),
    );
    for (const activity of installed) expect(text.stdout).toContain(`  ${activity.id}/datapackage.json`);
  });

  it('answers a misuse with exit 2 and one message, never a stack trace', () => {
    const dir = scratch();
    const unknown = runCli(['instruments', 'build', '--activity', 'frobnicate', '--out', dir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^dh: --activity: "frobnicate" is not an activity installed with this dh; installed: (?:[a-z-]+, )*household-survey(?:, [a-z-]+)*\./,
    );
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(join(dir, 'assessment.json'), 'not json');
    const unreadable = runCli(['instruments', 'build', dir]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/assessment\.json:1:1: not valid JSON/);
  });
});
