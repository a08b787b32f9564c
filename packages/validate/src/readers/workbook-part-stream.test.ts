import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { buildZip } from '../../test/fixtures/readers/zip-bytes.js';
import { workbookPartStream } from './workbook-part-stream.js';

const write = useTempDir();
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;

describe('the part stream handed to exceljs', () => {
  it('tells of each chunk as it is read, without setting the stream flowing: a late reader still gets every byte', async () => {
    const file = await write(
      'late.xlsx',
      buildZip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet><sheetData/></worksheet>') },
      ]),
    );
    let told = 0;
    const stream = workbookPartStream(file, () => told++);
    // exceljs pipes the stream into its unzipper only when the first sheet is asked for. Bytes that
    // flowed before then were lost, and a sound workbook was reported unreadable.
    await sleep(50);
    expect(told).toBe(0);

    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(told).toBe(chunks.length);
    expect(bytes.readUInt32LE(0)).toBe(LOCAL_HEADER);
    expect(bytes.readUInt32LE(bytes.length - 22)).toBe(END_OF_DIRECTORY);
    // Relationships are absent here; shared strings are stood in for: three parts, three headers.
    expect(bytes.toString('latin1').split('PK\x03\x04').length - 1).toBe(3);
    expect(bytes.toString('utf8')).toContain('<worksheet><sheetData/></worksheet>');
  });
});
