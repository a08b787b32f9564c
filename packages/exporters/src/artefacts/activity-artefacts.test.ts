import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordTypesOf, type FieldDefinition, type RecordType } from '@dh/core';
import { afterEach, describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/core-fixtures.js';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { checkXlsform } from '../xlsform/check-xlsform.js';
import { activityArtefacts } from './activity-artefacts.js';
import { writeExportFiles } from './export-file.js';
import { withExtensionLabels } from './extension-label-translations.js';

const activity = { id: 'test-activity', title: 'Test activity', version: '0.3.0' };
const built = { instruments: [smallInstrument, fixtureInstrument], links: [] };

describe('activityArtefacts', () => {
  it('builds per instrument an XLSForm, a codebook (Markdown and HTML) per language and a DDI file, per record type a Table Schema, and a datapackage.json', async () => {
    const result = await activityArtefacts({ activity, built, languages: ['en', 'sw'] });
    expect(result.files.map((f) => f.path)).toEqual([
      'test-activity/xlsform/mini.xlsx',
      'test-activity/codebook/mini.en.md',
      'test-activity/codebook/mini.en.html',
      'test-activity/codebook/mini.sw.md',
      'test-activity/codebook/mini.sw.html',
      'test-activity/ddi/mini.xml',
      'test-activity/xlsform/fixture.xlsx',
      'test-activity/codebook/fixture.en.md',
      'test-activity/codebook/fixture.en.html',
      'test-activity/codebook/fixture.sw.md',
      'test-activity/codebook/fixture.sw.html',
      'test-activity/ddi/fixture.xml',
      'test-activity/tableschema/respondent.json',
      'test-activity/tableschema/member.json',
      'test-activity/tableschema/child.json',
      'test-activity/tableschema/sibling.json',
      'test-activity/datapackage.json',
    ]);
    expect(result.xlsformProblems).toEqual({});
    const xlsx = result.files.find((f) => f.path.endsWith('fixture.xlsx'))?.content as Uint8Array;
    expect(await checkXlsform(xlsx)).toEqual([]);
  });

  it('points the data package at the Table Schema files and a CSV per record type', async () => {
    const result = await activityArtefacts({ activity, built, languages: ['en'] });
    const descriptor = JSON.parse(result.files.find((f) => f.path.endsWith('datapackage.json'))?.content as string) as {
      version: string;
      resources: { name: string; path: string; schema: string }[];
    };
    expect(descriptor.version).toBe('0.3.0');
    expect(descriptor.resources.map((r) => [r.name, r.path, r.schema])).toEqual([
      ['respondent', 'data/respondent.csv', 'tableschema/respondent.json'],
      ['member', 'data/member.csv', 'tableschema/member.json'],
      ['child', 'data/child.csv', 'tableschema/child.json'],
      ['sibling', 'data/sibling.csv', 'tableschema/sibling.json'],
    ]);
  });

  it('reports, per language, the keys left in English across all instruments, once each', async () => {
    const result = await activityArtefacts({
      activity,
      built,
      languages: ['en', 'sw'],
      translations: { sw: { 'choices.yes_no.yes': 'Ndiyo' } },
    });
    expect(result.untranslated['en']).toEqual([]);
    const sw = result.untranslated['sw'] ?? [];
    expect(sw).toContain('choices.yes_no.no');
    expect(sw).not.toContain('choices.yes_no.yes');
    expect(new Set(sw).size).toBe(sw.length);
  });

  it('writes each codebook in every language: answers, questions and its own words translated where the country has', async () => {
    const result = await activityArtefacts({
      activity,
      built,
      languages: ['en', 'sw'],
      translations: { sw: { 'choices.yes_no.yes': 'Ndiyo', 'export.codebook.codes': 'Misimbo' } },
    });
    const text = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))?.content as string;
    expect(text('fixture.sw.md')).toMatch(/\| `yes` \| Ndiyo \|/);
    expect(text('fixture.sw.md')).toContain('Misimbo:');
    expect(text('fixture.sw.html')).toMatch(/^<!DOCTYPE html>\n<html lang="sw">/);
    expect(text('fixture.en.md')).toMatch(/\| `yes` \| Yes \|/);
    expect(text('fixture.en.md')).toContain('Codes:');
    expect(result.untranslated['sw']).toContain('export.codebook.variable');
    expect(result.untranslated['sw']).not.toContain('export.codebook.codes');
  });

  it("documents the activity's own record types, with variables added after collection such as a weight", async () => {
    const [respondent, member] = recordTypesOf(smallInstrument) as [RecordType, RecordType];
    const weight: FieldDefinition = {
      name: 'weight',
      questionType: 'decimal',
      valueType: 'number',
      label: { key: 'w', en: 'Design weight' },
      required: true,
      minimum: 0,
      extensionList: false,
      selfCompleted: false,
      freeText: false,
      path: [],
    };
    const recordTypes = [{ ...respondent, fields: [...respondent.fields, weight] }, member];
    const result = await activityArtefacts({
      activity,
      built: { instruments: [smallInstrument], links: [], recordTypes },
      languages: ['en'],
    });
    const text = (suffix: string) => result.files.find((f) => f.path.endsWith(suffix))?.content as string;
    expect(text('respondent.json')).toContain('"name": "weight"');
    expect(text('mini.en.md')).toMatch(
      /`weight`\n\n- \*\*Record type:\*\* `respondent`\n- \*\*Label:\*\* Design weight\n- \*\*Source:\*\* added to the data after collection; not asked/,
    );
    expect(text('mini.xml')).toContain('<var ID="V-weight" name="weight" files="F-respondent" intrvl="contin">');
    expect(text('mini.xml')).not.toMatch(/<qstnLit>Design weight/);
  });

  it('reports an XLSForm a country list breaks, instead of hiding it', async () => {
    const broken = {
      ...smallInstrument,
      choiceLists: smallInstrument.choiceLists.map((l) => (l.name === 'platform' ? { ...l, choices: [...l.choices, ...l.choices] } : l)),
    };
    const result = await activityArtefacts({ activity, built: { instruments: [broken], links: [] }, languages: ['en'] });
    expect(result.xlsformProblems['mini']?.map((p) => p.code)).toEqual(['duplicate-choice', 'duplicate-choice']);
  });
});

describe('writeExportFiles', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes text and binary files into new folders and leaves no temporary file behind', () => {
    const root = mkdtempSync(join(tmpdir(), 'dh-export-'));
    dirs.push(root);
    writeExportFiles(root, [
      { path: 'a/b/c.txt', content: 'hello' },
      { path: 'a/d.bin', content: new Uint8Array([0, 1, 2]) },
    ]);
    expect(readFileSync(join(root, 'a/b/c.txt'), 'utf8')).toBe('hello');
    expect([...readFileSync(join(root, 'a/d.bin'))]).toEqual([0, 1, 2]);
    expect(readdirSync(join(root, 'a'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
    writeExportFiles(root, [{ path: 'a/b/c.txt', content: 'again' }]);
    expect(readFileSync(join(root, 'a/b/c.txt'), 'utf8')).toBe('again');
    expect(existsSync(join(root, 'a/b'))).toBe(true);
  });
});

describe('withExtensionLabels', () => {
  it("turns a country's labels for its own codes into translations, the translation file winning", () => {
    const lists = {
      region: [
        { code: 'coast', label: 'Coast', labels: { sw: 'Pwani' } },
        { code: 'lake', label: 'Lake', labels: { sw: 'Ziwa' } },
        { code: 'hills', label: 'Hills' },
      ],
    };
    expect(withExtensionLabels({ 'choices.region.lake': 'Ziwani', other: 'x', empty: ' ' }, lists, 'sw')).toEqual({
      'choices.region.coast': 'Pwani',
      'choices.region.lake': 'Ziwani',
      other: 'x',
    });
  });
});
