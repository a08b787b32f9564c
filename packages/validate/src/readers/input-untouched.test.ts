import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../test/fixtures/readers/read-all.js';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { openTable } from './index.js';

const write = useTempDir();

async function fingerprint(path: string): Promise<{ sha256: string; mtimeMs: number; size: number }> {
  const stats = await stat(path);
  return {
    sha256: createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
    mtimeMs: stats.mtimeMs,
    size: stats.size,
  };
}

async function workbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('s').addRows([
    ['a', 'b'],
    [1, { formula: 'A2*2', result: 2 }],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the input file is never modified', () => {
  it.each([
    ['cp1252.csv', async () => Buffer.from('a;b\n1;"é\n', 'latin1')],
    ['data.xlsx', workbookBytes],
    ['data.json', async () => Buffer.from('[{"a": 1}, {"a": [1, 2]}]')],
    ['data.ndjson', async () => Buffer.from('{"a": 1}\nnot json\n')],
  ])('leaves %s byte-for-byte and mtime unchanged, problems included', async (name, content) => {
    const path = await write(name, await content());
    const before = await fingerprint(path);
    const result = await openTable(path);
    if (result.status === 'success') await readAll(result.table);
    expect(await fingerprint(path)).toEqual(before);
  });
});
