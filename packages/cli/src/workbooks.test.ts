// The workbooks dh makes for people to fill (a reviewer's checklist, a data request) come
// back: built, filled in as a partner would (exceljs, cell by cell), and read by dh validate
// into the same records as the long CSV form of the same figures.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssueCatalogue, type ActivityDefinition } from '@dh/core';
import { validateDataset, type ValidationResult } from '@dh/validate';
import { activityArtefacts, REQUEST_LAYOUT } from '@dh/exporters';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';
import { fixtureLegal } from '../test/kinds/fixture-legal.js';
import { convertWithLibreOffice, officeTestsRun } from '../test/libreoffice.js';
import { fixtureStatistics } from '../test/kinds/fixture-statistics.js';

const root = mkdtempSync(join(tmpdir(), 'dh-workbooks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The workbook among an activity's instruments whose path ends so, loaded as exceljs reads it. */
async function built(activity: ActivityDefinition, suffix: string): Promise<ExcelJS.Workbook> {
  const artefacts = await activityArtefacts({ activity, built: activity.build(), languages: ['en'] });
  const file = artefacts.files.find((f) => f.path.endsWith(suffix));
  if (!file) throw new Error(`no ${suffix} among ${artefacts.files.map((f) => f.path).join(', ')}`);
  const book = new ExcelJS.Workbook();
  const bytes = file.content as Uint8Array;
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

async function validate(activity: ActivityDefinition, name: string, content: Uint8Array | string): Promise<ValidationResult> {
  const path = join(root, name);
  writeFileSync(path, content);
  const builtActivity = activity.build();
  const collect = new Map(builtActivity.recordTypes.map((r) => [r.name, r.fields.map((f) => f.name)]));
  return validateDataset({ activity: builtActivity, files: [path], collect, catalogue: IssueCatalogue.of([activity]) });
}

/** The first row of a source sheet for this measure, category and breakdown (blank: a spare row). */
function rowOf(sheet: ExcelJS.Worksheet, measure: string, category: string, breakdown: string): number {
  const n = findRow(sheet, measure, category, breakdown);
  if (n === undefined) throw new Error(`${sheet.name} has no row for ${measure} / ${category || '(spare)'} / ${breakdown || '(spare)'}`);
  return n;
}

function findRow(sheet: ExcelJS.Worksheet, measure: string, category: string, breakdown: string): number | undefined {
  const header = (sheet.getRow(REQUEST_LAYOUT.headerRow).values as unknown[]).map((v) => String(v ?? ''));
  const text = (row: ExcelJS.Row, name: string): string => String(row.getCell(header.indexOf(name)).value ?? '');
  for (let n = REQUEST_LAYOUT.headerRow + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (text(row, 'measure') === measure && text(row, 'category') === category && text(row, 'breakdown') === breakdown) return n;
  }
  return undefined;
}

/** The collected records of one record type, as plain objects in file order. */
function records(result: ValidationResult, recordType: string): Record<string, string>[] {
  const table = result.collected.get(recordType);
  if (!table) return [];
  return Array.from({ length: table.size }, (_, i) =>
    Object.fromEntries([...table.columns].map(([name, cells]) => [name, cells[i] ?? ''])),
  );
}

/** A workbook as a partner returns it: as filled, or opened and saved again in LibreOffice Calc. */
type Return = 'as filled' | 'saved again in LibreOffice Calc';
const returns: readonly Return[] = [
  'as filled',
  ...(officeTestsRun('the workbooks saved in LibreOffice Calc') ? (['saved again in LibreOffice Calc'] as const) : []),
];

async function returned(book: ExcelJS.Workbook, name: string, how: Return): Promise<Uint8Array> {
  const filled = new Uint8Array(await book.xlsx.writeBuffer());
  if (how === 'as filled') return filled;
  const folder = mkdtempSync(join(root, 'calc-'));
  const saved = join(folder, 'saved');
  mkdirSync(saved);
  writeFileSync(join(folder, name), filled);
  return readFileSync(convertWithLibreOffice(join(folder, name), 'xlsx:Calc MS Excel 2007 XML', saved));
}

describe('a data-request workbook', () => {
  it('filled in by a police unit reads back as one record per figure, like its long CSV form', async () => {
    const book = await built(fixtureStatistics, 'fixture_request.en.xlsx');
    const sheet = book.getWorksheet('police');
    if (!sheet) throw new Error('no police sheet');
    sheet.getCell('B2').value = 'National Police, Cybercrime Unit';
    sheet.getCell('B3').value = 'Annual report 2021';
    sheet.getCell('B4').value = new Date(Date.UTC(2022, 2, 1));
    const header = (sheet.getRow(6).values as unknown[]).map((v) => String(v ?? ''));
    const column = (name: string) => header.indexOf(name);
    // The total row of each measure, a spare row chosen as girls, and the convictions total.
    const cases = rowOf(sheet, 'cases', 'all', 'all');
    expect(cases).toBe(7);
    sheet.getRow(cases).getCell(column('2019')).value = 41;
    sheet.getRow(cases).getCell(column('2020')).value = 'not_available';
    sheet.getRow(cases).getCell(column('2021')).value = 57;
    const spare = rowOf(sheet, 'cases', '', '');
    sheet.getRow(spare).getCell(column('category')).value = 'all';
    sheet.getRow(spare).getCell(column('breakdown')).value = 'girls';
    sheet.getRow(spare).getCell(column('2021')).value = 12;
    sheet.getRow(spare).getCell(column('note')).value = 'Girls under 18';
    sheet.getRow(rowOf(sheet, 'convictions', 'all', 'all')).getCell(column('2021')).value = 9;
    const filled = new Uint8Array(await book.xlsx.writeBuffer());

    const fromWorkbook = await validate(fixtureStatistics, 'request.xlsx', filled);
    expect(fromWorkbook.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const rows = records(fromWorkbook, 'reported_value');
    expect(rows.map((r) => [r['period'], r['measure'], r['breakdown'], r['value'], r['note']])).toEqual([
      ['2019', 'cases', 'all', '41', ''],
      ['2020', 'cases', 'all', 'not_available', ''],
      ['2021', 'cases', 'all', '57', ''],
      ['2021', 'cases', 'girls', '12', 'Girls under 18'],
      ['2021', 'convictions', 'all', '9', ''],
    ]);
    expect(new Set(rows.map((r) => `${r['source_type']}|${r['organisation']}|${r['document']}|${r['retrieved']}`))).toEqual(
      new Set(['police|National Police, Cybercrime Unit|Annual report 2021|2022-03-01']),
    );

    const header2 = Object.keys(rows[0] ?? {});
    const csv = [header2.join(','), ...rows.map((r) => header2.map((h) => `"${(r[h] ?? '').replace(/"/g, '""')}"`).join(','))].join('\n');
    const fromCsv = await validate(fixtureStatistics, 'request.csv', csv);
    expect(records(fromCsv, 'reported_value')).toEqual(rows);
  });

  it('with a figure that is not a number says which period and measure it is', async () => {
    const book = await built(fixtureStatistics, 'fixture_request.en.xlsx');
    const sheet = book.getWorksheet('police');
    if (!sheet) throw new Error('no police sheet');
    for (const [cell, value] of [
      ['B2', 'Police'],
      ['B3', 'Report'],
      ['B4', '2022-03-01'],
    ] as const)
      sheet.getCell(cell).value = value;
    const header = (sheet.getRow(6).values as unknown[]).map((v) => String(v ?? ''));
    sheet.getRow(7).getCell(header.indexOf('2020')).value = 'about 40';
    const result = await validate(fixtureStatistics, 'bad-request.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const issue = result.issues.find((i) => i.code === 'type-error');
    expect(issue).toMatchObject({ row: 7, field: 'value' });
    expect(records(result, 'reported_value')[0]).toMatchObject({ period: '2020', measure: 'cases' });
  });
});

describe('a data-request workbook changed in ways the instructions do not foresee', () => {
  /** The fixture's request with the source named and a few figures in, as a police unit fills it. */
  async function filled(): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; column: (name: string) => number }> {
    const book = await built(fixtureStatistics, 'fixture_request.en.xlsx');
    const sheet = book.getWorksheet('police');
    if (!sheet) throw new Error('no police sheet');
    sheet.getCell('B2').value = 'Police';
    sheet.getCell('B3').value = 'Report';
    sheet.getCell('B4').value = '2022-03-01';
    const header = (sheet.getRow(REQUEST_LAYOUT.headerRow).values as unknown[]).map((v) => String(v ?? ''));
    const column = (name: string) => header.indexOf(name);
    sheet.getRow(rowOf(sheet, 'cases', 'all', 'all')).getCell(column('2019')).value = 41;
    return { book, sheet, column };
  }

  it('a figure computed by a formula is read from its saved result, or reported where none was saved, never dropped in silence', async () => {
    const { book, sheet, column } = await filled();
    const cases = rowOf(sheet, 'cases', 'all', 'all');
    sheet.getRow(cases).getCell(column('2020')).value = { formula: '20+21', result: 41 };
    sheet.getRow(cases).getCell(column('2021')).value = { formula: 'SUM(X1:X2)' } as ExcelJS.CellFormulaValue;
    const result = await validate(fixtureStatistics, 'formula-request.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(records(result, 'reported_value').map((r) => [r['period'], r['value']])).toEqual([
      ['2019', '41'],
      ['2020', '41'],
    ]);
    const formulas = result.issues.filter((i) => i.code === 'formula-cell');
    expect(formulas.map((i) => [i.row, i.message])).toEqual([
      [
        cases,
        expect.stringMatching(
          /on sheet "police" \(column 2020\) holds the formula =20\+21; the value read is the result Excel saved: "41"/,
        ),
      ],
      [
        cases,
        expect.stringMatching(
          /on sheet "police" \(column 2021\) holds the formula =SUM\(X1:X2\) with no saved result, so it is read as empty/,
        ),
      ],
    ]);
  });

  it('a source sheet renamed is an error naming it and the names it may have; its figures are not counted as read', async () => {
    const { book, sheet } = await filled();
    sheet.name = 'Police 2019-2021';
    const result = await validate(fixtureStatistics, 'renamed-request.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const renamed = result.issues.find((i) => i.code === 'sheet-not-read');
    expect(renamed?.severity).toBe('error');
    expect(renamed?.message).toMatch(
      /sheet "Police 2019-2021" is laid out as a source sheet of this data request but is not one of its sheets \("police"\)/,
    );
    expect(result.counts.map((c) => c.code)).toContain('no-data-rows');
  });

  it('a figure where none is read (no period heading, a heading made a formula, a row with no measure) is an error, never dropped in silence', async () => {
    const { book, sheet, column } = await filled();
    const cases = rowOf(sheet, 'cases', 'all', 'all');
    const header = sheet.getRow(REQUEST_LAYOUT.headerRow);
    const beyond = (header.values as unknown[]).length + 1;
    // A year added to the right of the table without its heading, twice on the same column.
    sheet.getRow(cases).getCell(beyond).value = 39;
    sheet.getRow(cases + 1).getCell(beyond).value = 12;
    // The 2021 heading replaced by a formula Excel never computed: its column has no heading.
    header.getCell(column('2021')).value = { formula: 'B1+1' } as ExcelJS.CellFormulaValue;
    sheet.getRow(cases).getCell(column('2021')).value = 44;
    // A row added under the table, with no measure.
    const added = sheet.rowCount + 2;
    sheet.getRow(added).getCell(column('2020')).value = 7;
    const result = await validate(fixtureStatistics, 'moved-request.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const notRead = result.issues.filter((i) => i.code === 'figures-not-read');
    expect(notRead.every((i) => i.severity === 'error')).toBe(true);
    expect(notRead.map((i) => [i.row, i.message])).toEqual([
      [cases, expect.stringMatching(/on sheet "police", row \d+, a figure has no heading, so it was not read/)],
      [cases, expect.stringMatching(/a figure has no heading/)],
      [added, expect.stringMatching(/a figure is on a row with no measure, so it was not read/)],
    ]);
    expect(result.issues.find((i) => i.code === 'formula-cell')?.row).toBe(REQUEST_LAYOUT.headerRow);
    expect(records(result, 'reported_value').map((r) => [r['period'], r['value']])).toEqual([['2019', '41']]);
  });

  it('source sheets deleted by a partner who holds none of their figures are simply not read', async () => {
    const helpline = (await loadActivities()).find((a) => a.id === 'helpline-hotline-industry-data');
    if (!helpline) throw new Error('helpline-hotline-industry-data is not installed');
    const book = await built(helpline, '.en.xlsx');
    for (const name of ['hotline', 'industry']) book.removeWorksheet(book.getWorksheet(name)?.id ?? -1);
    const sheet = book.getWorksheet('helpline');
    if (!sheet) throw new Error('no helpline sheet');
    sheet.getCell('B2').value = 'Child Helpline Exampleland';
    sheet.getCell('B3').value = 'Annual statistics';
    sheet.getCell('B4').value = '2022-02-01';
    const header = (sheet.getRow(REQUEST_LAYOUT.headerRow).values as unknown[]).map((v) => String(v ?? ''));
    const total = rowOf(sheet, 'helpline_contacts', 'total', 'total');
    sheet.getRow(total).getCell(header.indexOf(header.find((h) => /^\d{4}$/.test(h)) ?? '')).value = 1200;
    const result = await validate(helpline, 'helpline-only.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records(result, 'helpline_hotline_industry_figure').map((r) => [r['source_type'], r['measure'], r['value']])).toEqual([
      ['helpline', 'helpline_contacts', '1200'],
    ]);
  });
});

describe("a reviewer's checklist workbook", () => {
  it('filled in reads back as one record per provision, without its reading columns', async () => {
    const book = await built(fixtureLegal, 'fixture_checklist.en.xlsx');
    const sheet = book.getWorksheet('checklist');
    if (!sheet) throw new Error('no checklist sheet');
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const set = (row: number, field: string, value: string) => (sheet.getRow(row).getCell(header.indexOf(field)).value = value);
    set(2, 'status', 'yes');
    set(2, 'citation', 'Children Act 2001, s. 2');
    set(2, 'review_date', '2022-01-15');
    set(2, 'reviewer', 'R01');
    set(3, 'status', 'partial');
    set(3, 'review_date', '2022-01-15');
    set(3, 'reviewer', 'R01');
    const result = await validate(fixtureLegal, 'checklist.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(result.counts.map((c) => c.code)).toEqual(['fixture-legal/citation-missing']);
    expect(result.counts.map((c) => c.code)).not.toContain('extra-column');
    expect(records(result, 'provision_review').map((r) => [r['provision_id'], r['status'], r['citation']])).toEqual([
      ['child_definition', 'yes', 'Children Act 2001, s. 2'],
      ['grooming', 'partial', ''],
    ]);
    expect(readFileSync(join(root, 'checklist.xlsx')).length).toBeGreaterThan(0);
  });
});

describe("the legal reviewer's workbook of the installed legal-policy-review", () => {
  it.each(returns)('filled in from the example review reads back as the same records as its CSV, %s', async (how) => {
    const legal = (await loadActivities()).find((a) => a.id === 'legal-policy-review');
    if (!legal) throw new Error('legal-policy-review is not installed');
    const csvText = readFileSync(new URL('../../../examples/xa/data/legal-policy-review/provision_review.csv', import.meta.url), 'utf8');
    const fromCsv = records(await validate(legal, 'provision_review.csv', csvText), 'provision_review');
    expect(fromCsv.length).toBeGreaterThan(10);

    const book = await built(legal, '.en.xlsx');
    const sheet = book.getWorksheet('checklist');
    if (!sheet) throw new Error('no checklist sheet');
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const rowOf = new Map<string, number>();
    sheet.eachRow((row, n) => rowOf.set(String(row.getCell(header.indexOf('provision_id')).value ?? ''), n));
    for (const review of fromCsv) {
      const n = rowOf.get(review['provision_id'] ?? '');
      if (n === undefined) throw new Error(`the workbook has no row for ${review['provision_id']}`);
      for (const [field, value] of Object.entries(review))
        if (field !== 'provision_id' && value !== '') sheet.getRow(n).getCell(header.indexOf(field)).value = value;
    }
    const fromWorkbook = await validate(legal, 'checklist.xlsx', await returned(book, 'checklist.xlsx', how));
    expect(fromWorkbook.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const byProvision = (rows: Record<string, string>[]) =>
      [...rows].sort((a, b) => (a['provision_id'] ?? '').localeCompare(b['provision_id'] ?? ''));
    expect(byProvision(records(fromWorkbook, 'provision_review'))).toEqual(byProvision(fromCsv));
  });
});

describe.each(['law-enforcement-data', 'helpline-hotline-industry-data'])('the data-request workbook of the installed %s', (id) => {
  it.each(returns)(
    'has a row for every breakdown a measure has, and filled from the example figures reads back as the same figures, %s',
    async (how) => {
      const activity = (await loadActivities()).find((a) => a.id === id);
      if (!activity) throw new Error(`${id} is not installed`);
      const recordType = activity.build().recordTypes[0]?.name ?? '';
      const csvText = readFileSync(new URL(`../../../examples/xa/data/${id}/${recordType}.csv`, import.meta.url), 'utf8');
      const fromCsv = records(await validate(activity, `${recordType}.csv`, csvText), recordType);
      expect(fromCsv.length).toBeGreaterThan(100);

      const book = await built(activity, '.en.xlsx');
      const sources = new Map<string, Record<string, string>>();
      const entered: Record<string, string>[] = [];
      for (const figure of fromCsv) {
        const sheet = book.getWorksheet(figure['source_type'] ?? '');
        if (!sheet) throw new Error(`no sheet for ${figure['source_type']}`);
        if (!sources.has(sheet.name)) {
          sources.set(sheet.name, figure);
          sheet.getCell('B2').value = figure['organisation'] ?? '';
          sheet.getCell('B3').value = figure['document'] ?? '';
          sheet.getCell('B4').value = figure['retrieved'] ?? '';
        }
        const header = (sheet.getRow(REQUEST_LAYOUT.headerRow).values as unknown[]).map((v) => String(v ?? ''));
        const n = findRow(sheet, figure['measure'] ?? '', figure['category'] ?? '', figure['breakdown'] ?? '');
        // A breakdown the measure does not have gets no row: the synthetic data say "not available" there.
        if (n === undefined) {
          expect(figure['value'], `${figure['measure']} by ${figure['breakdown']}`).toBe('not_available');
          continue;
        }
        sheet.getRow(n).getCell(header.indexOf(figure['period'] ?? '')).value = figure['value'] ?? '';
        entered.push(figure);
      }
      expect(entered.filter((f) => f['breakdown'] !== 'total').length).toBeGreaterThan(20);
      const result = await validate(activity, 'request.xlsx', await returned(book, 'request.xlsx', how));
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const fromWorkbook = records(result, recordType);
      // The workbook names one source per sheet, and a note per row: the figures themselves come back unchanged.
      const figure = (r: Record<string, string>) =>
        [r['source_type'], r['period'], r['measure'], r['category'], r['breakdown'], r['value']].join('|');
      expect(fromWorkbook.map(figure).sort()).toEqual(entered.map(figure).sort());
      for (const r of fromWorkbook) {
        const source = sources.get(r['source_type'] ?? '');
        expect([r['organisation'], r['document'], r['retrieved']]).toEqual([
          source?.['organisation'],
          source?.['document'],
          source?.['retrieved'],
        ]);
      }
    },
  );
});

describe("the status column of the installed legal reviewer's workbook", () => {
  it('offers yes, partial, no and unclear from a dropdown on every provision row, and says so when anything else is typed', async () => {
    const legal = (await loadActivities()).find((a) => a.id === 'legal-policy-review');
    if (!legal) throw new Error('legal-policy-review is not installed');
    const book = await built(legal, '.en.xlsx');
    const sheet = book.getWorksheet('checklist');
    if (!sheet) throw new Error('no checklist sheet');
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const [idColumn, statusColumn] = [header.indexOf('provision_id'), header.indexOf('status')];
    const provisions: string[] = [];
    for (let n = 2; n <= sheet.rowCount; n++) {
      const provision = String(sheet.getRow(n).getCell(idColumn).value ?? '');
      if (provision === '') continue;
      provisions.push(provision);
      const address = sheet.getRow(n).getCell(statusColumn).address;
      expect(sheet.getCell(address).dataValidation, `${provision} (${address})`).toMatchObject({
        type: 'list',
        formulae: ['"yes,partial,no,unclear"'],
        showErrorMessage: true,
      });
    }
    // Every provision of the checklist has its row, so none is left without the dropdown.
    const checklist = legal.build().instruments.flatMap((i) => (i.kind === 'checklist' ? i.items.map((item) => item.id) : []));
    expect(provisions).toEqual(checklist);
    expect(provisions).toHaveLength(15);
  });
});
