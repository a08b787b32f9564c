// An activity of each kind the contract knows (interview, aggregate statistics, legal
// checklist), each defined here with its own id, settings, issue codes, instruments and
// outputs, goes the whole way: scaffold → instruments build → synth → validate → analyze →
// report. None of them is named anywhere in shared code (the last test reads it to check).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAssessment, renderResults, tablesCsv, type AnalysisResults } from '@dh/analysis';
import Papa from 'papaparse';
import { frameCodes, type ActivityDefinition, type CodingFrame } from '@dh/core';
import { activityArtefacts, themeGuid } from '@dh/exporters';
import { FsScaffoldTree, normalizeCountryOptions, scaffoldCountry } from '@dh/nx-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureInterviews, INTERVIEWS_ID } from '../test/kinds/fixture-interviews.js';
import { fixtureLegal, LEGAL_ID } from '../test/kinds/fixture-legal.js';
import { fixtureStatistics, STATISTICS_ID } from '../test/kinds/fixture-statistics.js';
import { buildInstruments } from './commands/instruments.js';
import { runSynth } from './commands/synth.js';
import { runValidate } from './commands/validate.js';

const FIXTURES: readonly ActivityDefinition[] = [fixtureInterviews, fixtureStatistics, fixtureLegal];
const installed = async (): Promise<readonly ActivityDefinition[]> => FIXTURES;
const root = mkdtempSync(join(tmpdir(), 'dh-kinds-'));
const dir = join(root, 'assessments/xk');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function output(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true), isTTY: false } as unknown as NodeJS.WriteStream, text: () => text };
}

async function validateAll(): Promise<{ code: number; text: string }> {
  const [stdout, stderr] = [output(), output()];
  const code = await runValidate(
    [dir],
    { format: 'text', examples: '20' },
    { cwd: root, env: { NO_COLOR: '1' }, stdout: stdout.stream, stderr: stderr.stream, loadInstalled: installed },
  );
  return { code, text: stdout.text() };
}

function setInterviewSettings(settings: Record<string, unknown>): void {
  const config = JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')) as {
    activities: Record<string, { settings: Record<string, unknown> }>;
    population?: unknown;
  };
  config.activities[INTERVIEWS_ID] = { ...config.activities[INTERVIEWS_ID], settings };
  config.population = {
    year: 2021,
    source: 'Fixture',
    childrenByYear: [2019, 2020, 2021].map((year) => ({ year, children: 1_000_000 + 1000 * (year - 2019) })),
  };
  writeFileSync(join(dir, 'assessment.json'), JSON.stringify(config, null, 2));
}

beforeAll(async () => {
  const normalized = normalizeCountryOptions({ iso: 'XK', name: 'Kindland', languages: 'en,fr' }, root, FIXTURES);
  if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
  const scaffolded = await scaffoldCountry(new FsScaffoldTree(root), normalized.options, FIXTURES);
  if (scaffolded.status === 'failure') throw new Error(scaffolded.errors.join('\n'));
});

describe('an activity of each kind, declared only in this test', () => {
  it('is scaffolded with its own settings, data folder and translation keys', () => {
    const config = JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')) as { activities: Record<string, unknown> };
    expect(Object.keys(config.activities)).toEqual([INTERVIEWS_ID, STATISTICS_ID, LEGAL_ID]);
    for (const id of [INTERVIEWS_ID, STATISTICS_ID, LEGAL_ID]) expect(statSync(join(dir, 'data', id)).isDirectory()).toBe(true);
    const fr = JSON.parse(readFileSync(join(dir, 'translations/fr.json'), 'utf8')) as Record<string, string>;
    for (const key of [
      'fixture_guide.opening.consent',
      'themes.training_gap.definition',
      'fixture_request.cases_caveat',
      'fixture_checklist.grooming',
      'export.guide.closing',
      'export.request.not_available',
    ])
      expect(fr[key], key).toBe('');
  });

  it('gets its instruments built by their kind, in every language', async () => {
    const result = await buildInstruments({ assessmentDir: dir }, installed);
    const files = result.activities.flatMap((a) => a.files);
    for (const language of ['en', 'fr']) {
      for (const file of [
        `${INTERVIEWS_ID}/guide/fixture_guide.${language}.md`,
        `${INTERVIEWS_ID}/guide/fixture_guide.${language}.html`,
        `${INTERVIEWS_ID}/guide/fixture_guide.${language}.docx`,
        `${INTERVIEWS_ID}/coding-frame/fixture_frame.${language}.qdc`,
        `${INTERVIEWS_ID}/coding-frame/fixture_frame.${language}.md`,
        `${STATISTICS_ID}/request/fixture_request.${language}.xlsx`,
        `${STATISTICS_ID}/request/fixture_request.${language}.md`,
        `${LEGAL_ID}/checklist/fixture_checklist.${language}.xlsx`,
        `${LEGAL_ID}/checklist/fixture_checklist.${language}.html`,
      ])
        expect(files, file).toContain(file);
    }
    for (const table of [
      `${INTERVIEWS_ID}/tableschema/interview_log.json`,
      `${STATISTICS_ID}/tableschema/reported_value.json`,
      `${LEGAL_ID}/tableschema/provision_review.json`,
    ])
      expect(files).toContain(table);
    const guide = readFileSync(join(dir, 'instruments', INTERVIEWS_ID, 'guide/fixture_guide.en.md'), 'utf8');
    expect(guide).toMatch(/## Opening: information and consent\n\nWe are researchers\./);
    expect(guide).toMatch(/_For: Prosecutor_\n\n1\. How do trials go\?/);
    const qdc = readFileSync(join(dir, 'instruments', INTERVIEWS_ID, 'coding-frame/fixture_frame.en.qdc'), 'utf8');
    const frame = fixtureInterviews.build().instruments.find((i) => i.kind === 'coding-frame') as CodingFrame;
    for (const code of frameCodes(frame)) expect(qdc).toContain(`guid="${themeGuid(code.id)}"`);
  });

  it('refuses to synthesise or validate interviews until the assessment records ethical clearance', async () => {
    await expect(
      runSynth({ activity: INTERVIEWS_ID, n: '40', seed: '3', out: join(root, 'nowhere'), config: dir }, installed, root),
    ).rejects.toThrow(/no synthetic data are made, because assessment\.json records no ethical clearance/);
    setInterviewSettings({ planned: { officer: 20 } });
    writeFileSync(
      join(dir, 'data', INTERVIEWS_ID, 'interview_log.csv'),
      'interview_code,respondent_type,interview_date,consent,minutes\nAB-001,officer,2021-03-02,yes,40\n',
    );
    const { code, text } = await validateAll();
    expect(code).toBe(1);
    expect(text).toMatch(
      /activity-refused .*\n.*fixture-interviews data may not be handled: assessment\.json records no ethical clearance/,
    );
    rmSync(join(dir, 'data', INTERVIEWS_ID, 'interview_log.csv'));
  });

  it('is synthesised, validated clean, analysed into its tables and reported', async () => {
    setInterviewSettings({ planned: { officer: 20 }, ethicalClearance: { body: 'Fixture IRB', reference: 'IRB-1', date: '2021-01-05' } });
    for (const activity of FIXTURES)
      await runSynth({ activity: activity.id, n: '60', seed: '3', out: join(dir, 'data', activity.id), config: dir }, installed, root);
    const { code, text } = await validateAll();
    expect(text.match(/^dh validate · /gm)).toHaveLength(3);
    expect(text).not.toMatch(/^ *error /m);
    expect(code).toBe(0);
    const outcome = await analyzeAssessment(dir, { activities: FIXTURES });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    const results: AnalysisResults = outcome.results;
    expect(results.tables.map((t) => [t.id, t.status])).toEqual([
      ['themes_by_type', 'computed'],
      ['themes_together', 'computed'],
      ['scorecard', 'computed'],
      ['trend', 'computed'],
      ['cases_by_sex', 'computed'],
    ]);
    const trend = results.tables.find((t) => t.id === 'trend');
    const cases2020 = trend?.cells.find((c) => c.row === 'cases' && c.column === '2020')?.value ?? Number.NaN;
    const rate2020 = trend?.cells.find((c) => c.row === 'cases_per_100000' && c.column === '2020')?.value;
    expect(rate2020).toBeCloseTo((cases2020 / 1_001_000) * 100_000, 10);
    const bySex = results.tables.find((t) => t.id === 'cases_by_sex');
    expect(bySex?.cells.filter((c) => c.flags.includes('suppressed')).every((c) => c.value === null)).toBe(true);
    expect(bySex?.cells.filter((c) => c.row === '_total').every((c) => !c.flags.includes('suppressed'))).toBe(true);
    const scorecard = results.tables.find((t) => t.id === 'scorecard');
    expect(scorecard?.cells.find((c) => c.row === 'grooming' && c.column === 'status')).toMatchObject({ text: 'Yes', code: 'yes' });
    const html = renderResults(results, 'html');
    for (const title of ['Themes raised, by respondent type', 'Cases and convictions per year', 'Legal scorecard'])
      expect(html).toContain(title);
    expect(html).toContain('● Yes');
    // tables.csv: one row per cell of every table, agreeing with results.json, a withheld count empty.
    const csv = Papa.parse<Record<string, string>>(tablesCsv(results), { header: true, skipEmptyLines: true }).data;
    const cells = results.tables.flatMap((t) => t.cells.map((c) => ({ table: t.id, ...c })));
    expect(csv).toHaveLength(cells.length);
    for (const [i, c] of cells.entries()) {
      const row = csv[i];
      expect([row?.['table'], row?.['row'], row?.['column']]).toEqual([c.table, c.row, c.column]);
      expect(row?.['suppressed']).toBe(String(c.flags.includes('suppressed')));
      expect(row?.['value']).toBe(c.value === null ? '' : String(c.value));
    }
    // The report shows a withheld count as "*" and no number: as many stars in a table as JSON withholds.
    for (const table of results.tables.filter((t) => t.outputKind === 'count-table')) {
      const start = html.indexOf(`<h3>${table.title}</h3>`);
      const article = html.slice(start, html.indexOf('</article>', start));
      const stars = article.match(/<td class="num"[^>]*>\*<\/td>/g)?.length ?? 0;
      expect(stars, table.id).toBe(table.cells.filter((c) => c.flags.includes('suppressed')).length);
    }
    const withheld = csv.filter((r) => r['suppressed'] === 'true');
    expect(withheld.length).toBeGreaterThan(0);
    expect(withheld.every((r) => r['value'] === '')).toBe(true);
    expect(new Set(csv.filter((r) => r['table'] === 'trend').map((r) => r['caveat']))).toEqual(
      new Set([results.tables.find((t) => t.id === 'trend')?.caveat]),
    );
  });

  it('has a translation key in the scaffold for every text any of its exports shows', async () => {
    const fr = JSON.parse(readFileSync(join(dir, 'translations/fr.json'), 'utf8')) as Record<string, string>;
    for (const activity of FIXTURES) {
      const artefacts = await activityArtefacts({ activity, built: activity.build(), languages: ['en', 'fr'], translations: { fr: {} } });
      const missing = (artefacts.untranslated['fr'] ?? []).filter((key) => !(key in fr));
      expect(artefacts.untranslated['fr']?.length, activity.id).toBeGreaterThan(5);
      expect(missing, activity.id).toEqual([]);
    }
  });

  it('is named nowhere in shared code', () => {
    const packages = fileURLToPath(new URL('../..', import.meta.url));
    const sources = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(
          (e) =>
            e.isFile() &&
            e.name.endsWith('.ts') &&
            !e.name.endsWith('.test.ts') &&
            !e.parentPath.includes('node_modules') &&
            !e.parentPath.includes(`${join('cli', 'test')}`),
        )
        .map((e) => join(e.parentPath, e.name));
    const shared = ['core', 'validate', 'analysis', 'exporters', 'synth', 'nx-plugin', 'cli'].flatMap((p) =>
      sources(join(packages, p, 'src')),
    );
    expect(shared.length).toBeGreaterThan(50);
    for (const file of shared) expect(readFileSync(file, 'utf8'), file).not.toMatch(/fixture-(interviews|statistics|legal)/);
  });
});
