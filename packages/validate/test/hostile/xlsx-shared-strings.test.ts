import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_SHARED_STRINGS, MAX_SHARED_STRINGS_BYTES } from '../../src/readers/zip-limits.js';
import { openFails, openOk, readAll } from '../fixtures/readers/read-all.js';
import { useTempDir } from '../fixtures/readers/temp-files.js';
import { buildZip, type ZipFixtureEntry } from '../fixtures/readers/zip-bytes.js';

const write = useTempDir();
const WORKBOOK: ZipFixtureEntry = { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') };
const SHEET: ZipFixtureEntry = {
  name: 'xl/worksheets/sheet1.xml',
  data: Buffer.from(
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>',
  ),
};

function sharedStrings(xml: string): ZipFixtureEntry {
  const bytes = Buffer.from(xml);
  return { name: 'xl/sharedStrings.xml', data: deflateRawSync(bytes), method: 8, declaredSize: bytes.length, crc: crc32(bytes) };
}

describe('the shared-strings table is held in memory, so it is limited', () => {
  it('reads a workbook whose table is within the limits', async () => {
    const { table } = await openOk(
      await write('small.xlsx', buildZip([WORKBOOK, SHEET, sharedStrings('<sst><si><t>id</t></si><si><t>C1</t></si></sst>')])),
    );
    expect(table.header).toEqual(['id']);
    expect((await readAll(table)).rows).toEqual([['C1']]);
  });

  it('refuses, before decompressing anything, a table that declares more than the byte limit, and says the limit', async () => {
    const declared = MAX_SHARED_STRINGS_BYTES + 1024 * 1024;
    // Compressed data of a plausible ratio: this is a large table, not a bomb.
    const table = { name: 'xl/sharedStrings.xml', data: randomBytes(Math.ceil(declared / 20)), method: 8 as const, declaredSize: declared };
    const problem = await openFails(await write('large-table.xlsx', buildZip([WORKBOOK, SHEET, table])));
    expect(problem).toMatchObject({ code: 'xlsx-too-large', severity: 'error' });
    expect(problem.message).toContain('shared-strings table');
    expect(problem.message).toContain(`${MAX_SHARED_STRINGS_BYTES / (1024 * 1024)} MB`);
    expect(problem.hint).toContain('CSV');
  });

  it('refuses a table of more strings than the count limit, and says the limit', async () => {
    const xml = `<sst>${'<si/>'.repeat(MAX_SHARED_STRINGS + 1)}</sst>`;
    const problem = await openFails(await write('many-strings.xlsx', buildZip([WORKBOOK, SHEET, sharedStrings(xml)])));
    expect(problem).toMatchObject({ code: 'xlsx-too-large' });
    expect(problem.message).toContain(`${MAX_SHARED_STRINGS.toLocaleString('en')} strings`);
  });

  it('refuses a styles part too large to hold in memory', async () => {
    const styles = { name: 'xl/styles.xml', data: randomBytes(2 * 1024 * 1024), method: 8 as const, declaredSize: 40 * 1024 * 1024 };
    const problem = await openFails(await write('large-styles.xlsx', buildZip([WORKBOOK, SHEET, styles])));
    expect(problem).toMatchObject({ code: 'xlsx-too-large', message: expect.stringContaining('xl/styles.xml') });
  });
});
