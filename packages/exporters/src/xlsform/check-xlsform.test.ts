import ExcelJS from 'exceljs';
import { withExtensionLists } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/core-fixtures.js';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { buildXlsform } from './build-xlsform.js';
import { checkXlsform } from './check-xlsform.js';
import { writeXlsform } from './write-xlsform.js';
import type { XlsformRow, XlsformSheet, XlsformWorkbook } from './xlsform-workbook.js';

const good = buildXlsform(smallInstrument, { languages: ['en', 'sw'] }).workbook;

/** The good form with some survey rows edited, as someone adapting it by hand might. */
function editSurvey(edit: (rows: XlsformRow[]) => XlsformRow[], workbook: XlsformWorkbook = good): XlsformWorkbook {
  return { ...workbook, survey: { ...workbook.survey, rows: edit([...workbook.survey.rows]) } };
}
const replaceRow = (name: string, change: (row: XlsformRow) => XlsformRow | undefined) => (rows: XlsformRow[]) =>
  rows.flatMap((row) => (row['name'] === name ? [change(row)].filter((r): r is XlsformRow => r !== undefined) : [row]));
const without = (sheet: XlsformSheet, column: string): XlsformSheet => ({
  columns: sheet.columns.filter((c) => c !== column),
  rows: sheet.rows.map(({ [column]: _dropped, ...rest }) => rest),
});
const codesOf = async (workbook: XlsformWorkbook) => (await checkXlsform(await writeXlsform(workbook))).map((p) => p.code);

describe('checkXlsform on exported forms', () => {
  it.each([
    ['the small instrument in one language', buildXlsform(smallInstrument, { languages: ['en'] }).workbook],
    ['the small instrument in three languages', buildXlsform(smallInstrument, { languages: ['sw', 'en', 'pt-MZ'] }).workbook],
    ['the fixture with self-completed runs and a counted roster', buildXlsform(fixtureInstrument, { languages: ['en', 'fr'] }).workbook],
    [
      'a country version with its own extension codes',
      buildXlsform(
        withExtensionLists(smallInstrument, {
          platform: [
            { code: '1', label: 'One' },
            { code: 'x.y', label: 'X' },
          ],
        }),
        { languages: ['en'] },
      ).workbook,
    ],
  ])('passes %s, read back from the .xlsx', async (_name, workbook) => {
    expect(await checkXlsform(await writeXlsform(workbook))).toEqual([]);
  });
});

describe('checkXlsform on hand-broken forms', () => {
  it('finds a select whose choice list is missing', async () => {
    const broken = { ...good, choices: { ...good.choices, rows: good.choices.rows.filter((r) => r['list_name'] !== 'platform') } };
    const problems = await checkXlsform(await writeXlsform(broken));
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown-list', sheet: 'survey', row: 7, column: 'type' })]);
    expect(problems[0]?.message).toBe(
      'survey row 7: the choice list "platform" is not in the choices sheet; add its choices or fix the list name',
    );
  });

  it('finds a reference to a question that does not exist', async () => {
    const problems = await checkXlsform(editSurvey(replaceRow('platforms', (r) => ({ ...r, relevant: "${onlin} = 'yes'" }))));
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown-reference', row: 7, column: 'relevant' })]);
    expect(problems[0]?.message).toMatch(/survey row 7, relevant: \$\{onlin\} names no question in the form/);
  });

  it('finds a reference to a question asked later', async () => {
    const problems = await checkXlsform(editSurvey(replaceRow('age', (r) => ({ ...r, relevant: "${online} = 'yes'" }))));
    expect(problems).toEqual([expect.objectContaining({ code: 'forward-reference', row: 5 })]);
    expect(problems[0]?.message).toMatch(/\$\{online\} is defined later \(row 6\)/);
  });

  it('finds a reference from outside a repeat to a question inside it', async () => {
    const moved = editSurvey((rows) => [...rows, { type: 'calculate', name: 'last_age', calculation: '${member_age} + 1' }]);
    const problems = await checkXlsform(moved);
    expect(problems.map((p) => p.code)).toEqual(['reference-into-repeat']);
    expect(problems[0]?.message).toMatch(/inside the repeat that starts at row 11/);
  });

  it('accepts a reference from inside a repeat to a question outside it, and a constraint naming its own question', async () => {
    const ok = editSurvey(replaceRow('member_age', (r) => ({ ...r, relevant: "${consent} = 'yes'", constraint: '${member_age} < 121' })));
    expect(await checkXlsform(ok)).toEqual([]);
  });

  it('finds duplicate and invalid names', async () => {
    const duplicate = editSurvey(replaceRow('comment', (r) => ({ ...r, name: 'age' })));
    expect(await checkXlsform(duplicate)).toEqual([
      expect.objectContaining({ code: 'duplicate-name', row: 9, message: expect.stringMatching(/"age" is already used at row 5/) }),
    ]);
    const invalid = editSurvey(replaceRow('comment', (r) => ({ ...r, name: '2nd comment' })));
    expect(await codesOf(invalid)).toEqual(['invalid-name']);
  });

  it('finds groups and repeats that do not balance', async () => {
    const unclosed = editSurvey((rows) => rows.filter((r, i) => !(r['type'] === 'end_group' && i === 8)));
    expect(await checkXlsform(unclosed)).toEqual([
      expect.objectContaining({ code: 'unbalanced-group', row: 4, message: expect.stringMatching(/begin_group "about" is never closed/) }),
    ]);
    const crossed = editSurvey((rows) => rows.map((r) => (r['type'] === 'end_repeat' ? { type: 'end_group' } : r)));
    const problems = await checkXlsform(crossed);
    expect(problems.map((p) => p.code)).toEqual(['unbalanced-group']);
    expect(problems[0]?.message).toMatch(/end_group closes the repeat "household_member" opened at row 11/);
    const stray = editSurvey((rows) => [{ type: 'end_group' }, ...rows]);
    expect((await checkXlsform(stray))[0]?.message).toMatch(/survey row 2: end_group closes nothing/);
  });

  it('finds a translatable column missing in one language', async () => {
    const broken = { ...good, survey: without(good.survey, 'constraint_message::Swahili (sw)') };
    const problems = await checkXlsform(await writeXlsform(broken));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'missing-translation-column',
        severity: 'warning',
        sheet: 'survey',
        column: 'constraint_message::Swahili (sw)',
      }),
    ]);
    expect(problems[0]?.message).toMatch(/constraint_message has no column for Swahili \(sw\)/);
    const choicesBroken = { ...good, choices: without(good.choices, 'label::Swahili (sw)') };
    expect(await checkXlsform(choicesBroken)).toEqual([expect.objectContaining({ sheet: 'choices', column: 'label::Swahili (sw)' })]);
  });

  it('finds a choice name given twice in one list, and a space in a select_multiple choice', async () => {
    const rows = good.choices.rows.map((r) =>
      r['name'] === 'no' ? { ...r, name: 'yes' } : r['name'] === 'platform_b' ? { ...r, name: 'platform b' } : r,
    );
    const problems = await checkXlsform({ ...good, choices: { ...good.choices, rows } });
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ['duplicate-choice', 3],
      ['invalid-choice-name', 7],
    ]);
    expect(problems[0]?.message).toMatch(/list "yes_no" already has the choice "yes" \(row 2\)/);
  });

  it('finds missing sheets, columns, labels, types and calculations', async () => {
    expect((await checkXlsform({ choices: good.choices })).map((p) => p.code)).toEqual(['missing-sheet']);
    expect((await checkXlsform({ survey: good.survey, settings: good.settings })).map((p) => p.code)).toEqual([
      'missing-sheet',
      'unknown-list',
      'unknown-list',
    ]);
    expect(await codesOf({ ...good, survey: without(good.survey, 'type') })).toEqual(['missing-column']);
    const unlabelled = editSurvey(replaceRow('comment', ({ type, name }) => ({ type: type ?? '', name: name ?? '' })));
    expect(await codesOf(unlabelled)).toEqual(['missing-label']);
    expect(await codesOf(editSurvey(replaceRow('comment', (r) => ({ ...r, type: 'txt' }))))).toEqual(['unknown-type']);
    expect(await codesOf(editSurvey(replaceRow('platform_count', ({ type, name }) => ({ type: type ?? '', name: name ?? '' }))))).toEqual([
      'missing-calculation',
    ]);
    expect(await codesOf(editSurvey(replaceRow('comment', ({ name: _name, ...rest }) => rest)))).toEqual(['missing-name']);
  });

  it('finds a default language that is none of the form languages', async () => {
    const settings = { ...good.settings, rows: [{ ...good.settings.rows[0], default_language: 'English' }] };
    const problems = await checkXlsform({ ...good, settings });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'unknown-default-language',
        message: expect.stringMatching(/"English" is not one of the form's languages \(English \(en\), Swahili \(sw\)\)/),
      }),
    ]);
  });

  it('reads a hand-made workbook as pyxform does: headers in any case, sheets in any order, spaced type keywords', async () => {
    const book = new ExcelJS.Workbook();
    const choices = book.addWorksheet('Choices');
    choices.addRows([
      ['List Name', 'Name', 'Label'],
      ['yn', 1, 'Yes'],
      ['yn', 2, 'No'],
    ]);
    const survey = book.addWorksheet('survey');
    survey.addRows([
      ['Type', 'Name', 'Label', 'Relevant'],
      ['begin group', 'g', 'Group', ''],
      ['select_one yn', 'q1', 'Q1', ''],
      ['text', 'q2', 'Q2', '${q1} = 1'],
      ['end group', '', '', ''],
      ['integer', 'q3', 'Q3', '${q9} > 1'],
    ]);
    const problems = await checkXlsform(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(problems.map((p) => [p.code, p.row])).toEqual([['unknown-reference', 6]]);
  });
});
