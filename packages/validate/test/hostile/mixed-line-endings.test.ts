import { describe, expect, it } from 'vitest';
import { READ_CHUNK_BYTES } from '../../src/readers/decode-text-file.js';
import { openOk, readAll, rowCodes } from '../fixtures/readers/read-all.js';
import { useTempDir } from '../fixtures/readers/temp-files.js';

const write = useTempDir();

/** A file edited in two programs: each line ends as the program that last wrote it chose. */
function lines(header: string, rows: readonly string[], endings: (index: number) => string): string {
  return [header, ...rows].map((line, index) => line + endings(index)).join('');
}

const ROWS = Array.from({ length: 150 }, (_, index) => `${index + 1},${10 + (index % 8)},north`);

describe('line endings are judged line by line', () => {
  it('reads LF rows after a CRLF header and CRLF rows (row 100 on) as separate rows', async () => {
    const text = lines('id,age,region', ROWS, (index) => (index === 0 || index < 100 ? '\r\n' : '\n'));
    const { rows, rowNumbers, problems } = await readAll((await openOk(await write('crlf-then-lf.csv', text))).table);
    expect(rows).toHaveLength(150);
    expect(rows.every((cells) => cells.length === 3)).toBe(true);
    expect(rows[149]).toEqual(['150', '15', 'north']);
    expect(rowNumbers[149]).toBe(151);
    expect(problems).toEqual([]);
  });

  it('leaves no carriage return in the last cell when the header ends in LF and rows in CRLF', async () => {
    const text = lines('id,age,region', ROWS.slice(0, 5), (index) => (index === 0 ? '\n' : '\r\n'));
    const { rows, problems } = await readAll((await openOk(await write('lf-then-crlf.csv', text))).table);
    expect(rows.map((cells) => cells[2])).toEqual(['north', 'north', 'north', 'north', 'north']);
    expect(problems).toEqual([]);
  });

  it('splits lone CR, LF and CRLF alike, and keeps line breaks inside quoted values as written', async () => {
    const text = 'id,note\r1,"a\r\nb"\n2,plain\r\n3,"c\rd"\r4,"e""\n"\r\n';
    const { rows, rowNumbers } = await readAll((await openOk(await write('all-three.csv', text))).table);
    expect(rows).toEqual([
      ['1', 'a\r\nb'],
      ['2', 'plain'],
      ['3', 'c\rd'],
      ['4', 'e"\n'],
    ]);
    expect(rowNumbers).toEqual([2, 3, 4, 5]);
  });

  it('treats a quote inside an unquoted value as text, so the CRLF after it still ends the row', async () => {
    const text = 'id,height,ok\n1,5\'6",yes\r\n2,4\'11",no\r\n';
    const { rows } = await readAll((await openOk(await write('inch-marks.csv', text))).table);
    expect(rows).toEqual([
      ['1', '5\'6"', 'yes'],
      ['2', '4\'11"', 'no'],
    ]);
  });

  it('counts no blank row where a CRLF is split between two read chunks', async () => {
    const header = 'id,text\r\n';
    const filler = 'x'.repeat(READ_CHUNK_BYTES - header.length - '1,'.length - 1);
    const text = `${header}1,${filler}\r\n2,after\r\n`;
    expect(text.indexOf('\r\n2,')).toBe(READ_CHUNK_BYTES - 1);
    const { rows, rowNumbers, problems } = await readAll((await openOk(await write('split-crlf.csv', text))).table);
    expect(rows.map((cells) => cells[0])).toEqual(['1', '2']);
    expect(rowNumbers).toEqual([2, 3]);
    expect(rowCodes(problems)).toEqual([]);
  });
});
