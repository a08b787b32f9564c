import { q, withExtensionLists } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/core-fixtures.js';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { buildXlsform } from './build-xlsform.js';
import { readXlsform } from './read-xlsform.js';
import { writeXlsform } from './write-xlsform.js';
import { splitLanguageColumn, type XlsformSheet } from './xlsform-workbook.js';

const rowNamed = (sheet: XlsformSheet, name: string) => {
  const row = sheet.rows.find((r) => r['name'] === name);
  if (!row) throw new Error(`no survey row named ${name}`);
  return row;
};

describe('buildXlsform', () => {
  const { workbook } = buildXlsform(smallInstrument, {
    languages: ['en', 'sw'],
    translations: { sw: { 'mini.age.label': 'Una umri gani?' } },
  });

  it('writes survey rows in document order, groups and repeats opened and closed', () => {
    expect(workbook.survey.rows.map((r) => `${r['type']} ${r['name'] ?? ''}`.trim())).toEqual([
      'text respondent_id',
      'select_one yes_no consent',
      'begin_group about',
      'integer age',
      'select_one yes_no online',
      'select_multiple platform platforms',
      'calculate platform_count',
      'text comment',
      'end_group',
      'begin_repeat household_member',
      'text member_respondent_id',
      'integer member_line',
      'integer member_age',
      'end_repeat',
    ]);
  });

  it('compiles relevance, constraints (with the bounds) and calculations from the expression AST', () => {
    expect(rowNamed(workbook.survey, 'about')['relevant']).toBe("${consent} = 'yes'");
    expect(rowNamed(workbook.survey, 'platforms')['relevant']).toBe("${online} = 'yes'");
    expect(rowNamed(workbook.survey, 'age')['constraint']).toBe('(. >= 12) and (. <= 17)');
    expect(rowNamed(workbook.survey, 'member_line')['constraint']).toBe('. >= 1');
    expect(rowNamed(workbook.survey, 'platform_count')['calculation']).toBe('count-selected(${platforms})');
    expect(rowNamed(workbook.survey, 'age')['required']).toBe('yes');
    expect(rowNamed(workbook.survey, 'comment')['required']).toBeUndefined();
  });

  it('gives every translatable column one column per language, and every language the same set', () => {
    const byLanguage = new Map<string, string[]>();
    for (const column of workbook.survey.columns) {
      const { base, language } = splitLanguageColumn(column);
      if (language !== undefined) byLanguage.set(language, [...(byLanguage.get(language) ?? []), base]);
    }
    expect([...byLanguage.keys()]).toEqual(['English (en)', 'Swahili (sw)']);
    expect(byLanguage.get('Swahili (sw)')).toEqual(byLanguage.get('English (en)'));
    expect(byLanguage.get('English (en)')).toEqual(['label', 'required_message', 'constraint_message']);
    expect(workbook.choices.columns).toEqual(['list_name', 'name', 'label::English (en)', 'label::Swahili (sw)']);
  });

  it('uses a translation where there is one and falls back to English, reporting the untranslated keys', () => {
    const form = buildXlsform(smallInstrument, {
      languages: ['en', 'sw'],
      translations: { sw: { 'mini.age.label': 'Una umri gani?', 'choices.yes_no.yes': 'Ndiyo', 'mini.comment.label': '  ' } },
    });
    expect(rowNamed(form.workbook.survey, 'age')['label::Swahili (sw)']).toBe('Una umri gani?');
    expect(rowNamed(form.workbook.survey, 'online')['label::Swahili (sw)']).toBe('Did you use the internet in the past 3 months?');
    expect(form.workbook.choices.rows[0]).toMatchObject({ name: 'yes', 'label::Swahili (sw)': 'Ndiyo' });
    expect(form.untranslated['en']).toEqual([]);
    expect(form.untranslated['sw']).toContain('mini.online.label');
    expect(form.untranslated['sw']).toContain('mini.comment.label');
    expect(form.untranslated['sw']).toContain('xlsform.required');
    expect(form.untranslated['sw']).not.toContain('mini.age.label');
    expect(form.untranslated['sw']).not.toContain('choices.yes_no.yes');
  });

  it('fills the settings sheet: title, id, an increasing version, default language and instance name', () => {
    expect(workbook.settings.rows).toEqual([
      {
        form_title: 'Mini survey',
        form_id: 'mini',
        version: '1002000',
        default_language: 'English (en)',
        instance_name: '${respondent_id}',
      },
    ]);
    const swFirst = buildXlsform(smallInstrument, { languages: ['sw', 'en'], translations: { sw: { 'mini.title': 'Utafiti mdogo' } } });
    expect(swFirst.workbook.settings.rows[0]).toMatchObject({ form_title: 'Utafiti mdogo', default_language: 'Swahili (sw)' });
  });

  it('joins a compound record key in the instance name', () => {
    const twoKeys = { ...smallInstrument, key: ['respondent_id', 'consent'] };
    expect(buildXlsform(twoKeys, { languages: ['en'] }).workbook.settings.rows[0]?.['instance_name']).toBe(
      "concat(${respondent_id}, '-', ${consent})",
    );
  });

  it("lists the country's own codes for an extension list", () => {
    const country = withExtensionLists(smallInstrument, { platform: [{ code: 'local_chat', label: 'LocalChat' }] });
    const platformRows = buildXlsform(country, { languages: ['en'] }).workbook.choices.rows.filter((r) => r['list_name'] === 'platform');
    expect(platformRows).toEqual([{ list_name: 'platform', name: 'local_chat', 'label::English (en)': 'LocalChat' }]);
  });

  it('refuses to build a form without a language', () => {
    expect(() => buildXlsform(smallInstrument, { languages: [] })).toThrow(/at least one language/);
  });
});

describe('self-completed questions in the XLSForm', () => {
  const { workbook } = buildXlsform(fixtureInstrument, { languages: ['en'] });
  const names = workbook.survey.rows.map((r) => r['name'] ?? r['type']);

  it('frames each run of self-completed items with a hand-over note and a hand-back note', () => {
    const start = names.indexOf('experiences_self_start');
    const end = names.indexOf('experiences_self_end');
    expect(names.slice(start, end + 1)).toEqual([
      'experiences_self_start',
      'experiences',
      'experiences_intro',
      'asked_images',
      'asked_images_who',
      'end_group',
      'told_anyone',
      'told_whom',
      'experiences_self_end',
    ]);
    expect(rowNamed(workbook.survey, 'experiences_self_start')).toMatchObject({
      type: 'note',
      'label::English (en)': expect.stringMatching(/hand the tablet to the respondent/),
    });
    expect(rowNamed(workbook.survey, 'experiences_self_end')['label::English (en)']).toMatch(/hand the tablet back/);
  });

  it('shows the notes only when the run can be asked, reading only answers given before it', () => {
    expect(rowNamed(workbook.survey, 'experiences_self_start')['relevant']).toBe("${assent} = 'yes'");
    expect(rowNamed(workbook.survey, 'experiences_self_end')['relevant']).toBe("${assent} = 'yes'");
  });

  it('marks every self-completed question with a guidance hint, and no other', () => {
    const guided = workbook.survey.rows.filter((r) => r['guidance_hint::English (en)']).map((r) => r['name']);
    expect(guided).toEqual(['experiences_intro', 'asked_images', 'asked_images_who', 'told_anyone', 'told_whom']);
  });

  it('states a condition shared by the run once', () => {
    const twoGroups = {
      ...fixtureInstrument,
      children: fixtureInstrument.children.map((n) =>
        n.name === 'told_anyone' || n.name === 'told_whom' ? { ...n, relevant: q('assent').eq('yes') } : n,
      ),
    };
    const rows = buildXlsform(twoGroups, { languages: ['en'] }).workbook.survey;
    expect(rowNamed(rows, 'experiences_self_start')['relevant']).toBe("${assent} = 'yes'");
  });

  it('counts a roster from an earlier answer', () => {
    expect(rowNamed(workbook.survey, 'sibling')).toMatchObject({ type: 'begin_repeat', repeat_count: '${siblings}' });
  });
});

describe('the .xlsx file', () => {
  it('reads back exactly as built, codes such as "1" staying text', async () => {
    const { workbook } = buildXlsform(fixtureInstrument, { languages: ['en', 'fr'] });
    const read = await readXlsform(await writeXlsform(workbook));
    expect(read).toEqual(workbook);
    expect(read.choices?.rows.find((r) => r['list_name'] === 'who')?.['name']).toBe('1');
  });

  it('is byte-stable: the same source writes the same file', async () => {
    const { workbook } = buildXlsform(smallInstrument, { languages: ['en'] });
    expect(Buffer.from(await writeXlsform(workbook)).equals(Buffer.from(await writeXlsform(workbook)))).toBe(true);
  });
});
