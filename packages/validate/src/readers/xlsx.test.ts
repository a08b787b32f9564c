import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openFails, openOk, readAll, rowCodes } from '../../test/fixtures/readers/read-all.js';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { buildZip } from '../../test/fixtures/readers/zip-bytes.js';

const write = useTempDir();

async function workbookFile(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return write(name, Buffer.from(await workbook.xlsx.writeBuffer()));
}

function surveySheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('submissions');
  sheet.addRow(['_uuid', 'age', 'interview_date', 'consent', 'region']);
  sheet.addRow(['u1', 12, new Date(Date.UTC(2024, 2, 1)), true, 'Mbeya']);
  sheet.getCell('A4').value = 'u2';
  sheet.getCell('B4').value = 0.5;
  sheet.getCell('E4').value = { richText: [{ text: 'Dar ' }, { text: 'es Salaam' }] };
  sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
}

describe('xlsx', () => {
  it('reads the first sheet: header, cell text, and the row numbers Excel shows', async () => {
    const path = await workbookFile('survey.xlsx', surveySheet);
    const { table, warnings } = await openOk(path);
    expect(table).toMatchObject({ format: 'xlsx', header: ['_uuid', 'age', 'interview_date', 'consent', 'region'], rowUnit: 'row' });
    expect(warnings).toEqual([]);
    const { rows, rowNumbers, problems } = await readAll(table);
    expect(rows).toEqual([
      ['u1', '12', '2024-03-01', 'TRUE', 'Mbeya'],
      ['u2', '0.5', '', '', 'Dar es Salaam'],
    ]);
    expect(rowNumbers).toEqual([2, 4]);
    expect(problems).toEqual([]);
  });

  it('reads the sheet asked for, and lists the sheets when it does not exist', async () => {
    const path = await workbookFile('two-sheets.xlsx', (workbook) => {
      workbook.addWorksheet('notes').addRow(['read me first']);
      workbook.addWorksheet('data').addRows([['id'], ['7']]);
    });
    const { table } = await openOk(path, { sheet: 'data' });
    expect((await readAll(table)).rows).toEqual([['7']]);
    const problem = await openFails(path, { sheet: 'Data' });
    expect(problem.code).toBe('sheet-not-found');
    expect(problem.message).toContain('"notes", "data"');
  });

  it('warns about each formula cell, naming sheet, row and column, and reads its cached result', async () => {
    const path = await workbookFile('formula.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('hh');
      sheet.addRow(['members', 'children', 'adults']);
      sheet.addRow([5, 2, { formula: 'A2-B2', result: 3 }]);
      sheet.addRow([4, 4, { formula: 'A3-B3' }]);
    });
    const { rows, problems } = await readAll((await openOk(path)).table);
    expect(rows).toEqual([
      ['5', '2', '3'],
      ['4', '4', ''],
    ]);
    expect(rowCodes(problems)).toEqual([
      [2, 'xlsx-formula'],
      [3, 'xlsx-formula'],
    ]);
    expect(problems[0]).toMatchObject({ severity: 'warning', column: 'adults' });
    expect(problems[0]?.message).toContain('Cell C2 on sheet "hh"');
    expect(problems[0]?.message).toContain('=A2-B2');
    expect(problems[1]?.message).toContain('no saved result');
  });

  it('reports a value beyond the last named column as a ragged row', async () => {
    const path = await workbookFile('ragged.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.addRow(['a', 'b']);
      sheet.addRow(['1', '2', 'stray']);
    });
    const { rows, problems } = await readAll((await openOk(path)).table);
    expect(rows).toEqual([['1', '2']]);
    expect(rowCodes(problems)).toEqual([[2, 'ragged-row']]);
  });

  it('reads a workbook even when it was renamed .csv', async () => {
    const path = await workbookFile('renamed.csv', surveySheet);
    expect((await openOk(path)).table.format).toBe('xlsx');
  });
});

describe('broken xlsx', () => {
  it('refuses a file named .xlsx that is not a zip', async () => {
    const binary = await openFails(await write('fake.xlsx', Buffer.from([0, 1, 2, 3, 0, 0, 9, 9])));
    expect(binary).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('not a zip') });
    const text = await openFails(await write('text.xlsx', 'id,age\n1,12\n'));
    expect(text).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('rename it to .csv') });
  });

  it('refuses a workbook cut short while copying', async () => {
    const whole = await readFile(await workbookFile('whole.xlsx', surveySheet));
    const problem = await openFails(await write('cut.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('cut short') });
  });

  it('refuses damaged compressed data before exceljs, which would wait on it forever', async () => {
    const sheet = deflateRawSync(Buffer.from('<worksheet><sheetData/></worksheet>'));
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('not deflate data'), method: 8, declaredSize: 100 },
      { name: 'xl/worksheets/sheet1.xml', data: sheet, method: 8, declaredSize: 35 },
    ]);
    const problem = await openFails(await write('damaged.xlsx', zip));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('xl/workbook.xml is damaged') });
  });

  it('refuses a sound zip whose XML is broken', async () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet><sheetData><row r="1"><<</sheetData>') },
    ]);
    const problem = await openFails(await write('bad-xml.xlsx', zip));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('content is damaged') });
  });

  it('refuses a zip that holds no workbook, and a legacy .xls', async () => {
    const zip = buildZip([{ name: 'readme.txt', data: Buffer.from('hello') }]);
    expect((await openFails(await write('archive.xlsx', zip))).message).toContain('no Excel workbook');
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await openFails(await write('old.xlsx', ole2))).toMatchObject({
      code: 'xlsx-invalid',
      message: expect.stringContaining('legacy .xls'),
    });
    expect((await openFails(await write('old.csv', ole2))).code).toBe('file-binary');
  });
});
