import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openFails, openOk, readAll } from '../fixtures/readers/read-all.js';
import { withHiddenEntry } from '../fixtures/readers/hidden-zip-entry.js';
import { useTempDir } from '../fixtures/readers/temp-files.js';
import { buildZip } from '../fixtures/readers/zip-bytes.js';

const write = useTempDir();

async function surveyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('data').addRows([
    ['id', 'region'],
    ['u1', 'Mbeya'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A shared-strings table the directory does not list: what exceljs, reading front to back, would use. */
function hiddenStrings(count: number) {
  const xml = Buffer.from(`<sst>${'<si><t>planted</t></si>'.repeat(count)}</sst>`);
  return { name: 'xl/sharedStrings.xml', data: deflateRawSync(xml), method: 8 as const, uncompressedSize: xml.length };
}

describe('parts the zip directory does not list are refused', () => {
  it('reads the workbook itself (the fixture is sound)', async () => {
    const { table } = await openOk(await write('sound.xlsx', await surveyWorkbook()));
    expect((await readAll(table)).rows).toEqual([['u1', 'Mbeya']]);
  });

  it.each(['start', 'end'] as const)('refuses a hidden shared-strings part at the %s of the file', async (where) => {
    const zip = withHiddenEntry(await surveyWorkbook(), hiddenStrings(200_000), where);
    const problem = await openFails(await write(`hidden-${where}.xlsx`, zip));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', severity: 'error' });
    expect(problem.message).toContain('its zip directory does not list');
    expect(problem.message).toContain('xl/sharedStrings.xml');
  });

  it('refuses a part whose local name differs from the one the directory gives', async () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/media/image1.png', data: Buffer.from('<sst><si><t>planted</t></si></sst>') },
    ]);
    // Rename the second local header, leaving the directory as it is.
    const local = zip.indexOf('xl/media/image1.png');
    zip.write('xl/sharedStrings.xml'.slice(0, 19), local, 'latin1');
    const problem = await openFails(await write('renamed-local.xlsx', zip));
    expect(problem).toMatchObject({ code: 'xlsx-invalid' });
    expect(problem.message).toContain('local header');
  });

  it('refuses a directory that lists one name twice', async () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>') },
      { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst><si><t>second</t></si></sst>') },
    ]);
    const problem = await openFails(await write('duplicate.xlsx', zip));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('lists xl/sharedStrings.xml twice') });
  });
});
