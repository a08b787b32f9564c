import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openFails } from '../../test/fixtures/readers/read-all.js';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { buildZip, type ZipFixtureEntry } from '../../test/fixtures/readers/zip-bytes.js';

const write = useTempDir();
const WORKBOOK: ZipFixtureEntry = { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') };

describe('zip bombs are refused before decompression', () => {
  it('refuses a workbook whose directory declares gigabytes', async () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'), declaredSize: 3 * 1024 ** 3 };
    const problem = await openFails(await write('declared.xlsx', buildZip([WORKBOOK, sheet])));
    expect(problem).toMatchObject({ code: 'xlsx-too-large', severity: 'error' });
    expect(problem.message).toContain('over the 1,024 MB limit');
  });

  it('refuses a real deflate bomb by its compression ratio', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bomb = {
      name: 'xl/sharedStrings.xml',
      data: deflateRawSync(zeros, { level: 9 }),
      method: 8 as const,
      declaredSize: zeros.length,
    };
    const problem = await openFails(await write('ratio.xlsx', buildZip([WORKBOOK, bomb])));
    expect(problem.code).toBe('xlsx-too-large');
    expect(problem.message).toMatch(/xl\/sharedStrings\.xml would expand \d+ times/);
  });

  it('stops decompressing a part that expands beyond the size it declares', async () => {
    const liar = {
      name: 'xl/worksheets/sheet1.xml',
      data: deflateRawSync(Buffer.alloc(8 * 1024 * 1024)),
      method: 8 as const,
      declaredSize: 1000,
    };
    const problem = await openFails(await write('liar.xlsx', buildZip([WORKBOOK, liar])));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('expands beyond the size it declares') });
  });

  it('refuses entries that overlap, another way to build a bomb', async () => {
    const zip = buildZip([WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') }]);
    // Point the second directory entry at the first entry's data.
    const directory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0, directory + 42);
    const problem = await openFails(await write('overlap.xlsx', zip));
    expect(problem).toMatchObject({ code: 'xlsx-invalid', message: expect.stringContaining('overlaps') });
  });
});
