import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOk, readAll } from '../fixtures/readers/read-all.js';
import { useTempDir } from '../fixtures/readers/temp-files.js';
import { buildZip } from '../fixtures/readers/zip-bytes.js';

const write = useTempDir();
/** The temp folder the code under test sees: anything written to $TMPDIR lands here. */
const watched = mkdtempSync(join(tmpdir(), 'dh-watched-tmp-'));
const savedTmpdir = process.env.TMPDIR;

beforeEach(() => {
  process.env.TMPDIR = watched;
});
afterEach(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
});
afterAll(() => rmSync(watched, { recursive: true, force: true }));

/** exceljs writes each sheet before the shared strings, as Excel does: the order that made exceljs spill sheets to $TMPDIR. */
async function sensitiveWorkbook(rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('child');
  sheet.addRow(['child_id', 'name', 'interview_date', 'disclosure']);
  for (let row = 1; row <= rows; row++)
    sheet.addRow([`C${row}`, `Child ${row}`, new Date(Date.UTC(2024, 2, 1 + (row % 28))), `said something ${row}`]);
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
  return write(`sensitive-${rows}.xlsx`, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('reading a workbook writes nothing to the temp folder', () => {
  it('keeps the sheets out of $TMPDIR when they precede the shared strings (Excel order), and reads them right', async () => {
    const path = await sensitiveWorkbook(500);
    const { table } = await openOk(path);
    expect(readdirSync(watched)).toEqual([]);
    const { rows, problems } = await readAll(table);
    expect(rows).toHaveLength(500);
    expect(rows[0]).toEqual(['C1', 'Child 1', '2024-03-02', 'said something 1']);
    expect(problems).toEqual([]);
    expect(readdirSync(watched)).toEqual([]);
  });

  it('writes nothing when reading stops after the first rows', async () => {
    const { table } = await openOk(await sensitiveWorkbook(3000));
    for await (const batch of table.rows()) {
      expect(batch.rows.length).toBeGreaterThan(0);
      break;
    }
    expect(readdirSync(watched)).toEqual([]);
  });

  it('writes nothing for a workbook with no shared strings and an empty relationships part', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row></sheetData></worksheet>';
    const zip = buildZip([
      { name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(sheet), method: 8, declaredSize: sheet.length, crc: crc32(sheet) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    const { table } = await openOk(await write('inline.xlsx', zip));
    expect(table.header).toEqual(['id']);
    expect((await readAll(table)).rows).toEqual([['7']]);
    expect(readdirSync(watched)).toEqual([]);
  });
});
