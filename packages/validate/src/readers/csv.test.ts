import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFails, openOk, readAll, rowCodes } from '../../test/fixtures/readers/read-all.js';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { openTable } from './index.js';

const write = useTempDir();

describe('delimited text', () => {
  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('reads a %s-delimited file', async (name, delimiter) => {
    const text = ['id,age,region', '1,12,north', '2,15,south'].map((line) => line.replaceAll(',', delimiter)).join('\n');
    const { table } = await openOk(await write(`${name}.csv`, `${text}\n`));
    expect(table).toMatchObject({ format: 'csv', header: ['id', 'age', 'region'], rowUnit: 'row' });
    const { rows, rowNumbers, problems } = await readAll(table);
    expect(rows).toEqual([
      ['1', '12', 'north'],
      ['2', '15', 'south'],
    ]);
    expect(rowNumbers).toEqual([2, 3]);
    expect(problems).toEqual([]);
  });

  it('ignores delimiters inside quoted header names when choosing one', async () => {
    const path = await write('quoted-header.csv', '"name, given";"age, years"\r\n"Ana, M.";"1,5"\r\n');
    const { table } = await openOk(path);
    expect(table.header).toEqual(['name, given', 'age, years']);
    expect((await readAll(table)).rows).toEqual([['Ana, M.', '1,5']]);
  });

  it('strips a UTF-8 byte-order mark from the first column name', async () => {
    const path = await write('bom.csv', '\uFEFFid,name\n1,Zoë\n');
    const { table, warnings } = await openOk(path);
    expect(table.header).toEqual(['id', 'name']);
    expect((await readAll(table)).rows).toEqual([['1', 'Zoë']]);
    expect(warnings).toEqual([]);
  });

  it('keeps cells exactly as written: spaces, leading zeros, empty cells', async () => {
    const { table } = await openOk(await write('exact.csv', 'a,b,c\n 007 ,,"x ""y"""\n'));
    expect((await readAll(table)).rows).toEqual([[' 007 ', '', 'x "y"']]);
  });

  it('numbers rows as a spreadsheet does: blank lines count, a quoted line break does not start a row', async () => {
    const path = await write('rows.csv', 'id,note\r\n1,"two\r\nlines"\r\n\r\n3,last');
    const { rows, rowNumbers } = await readAll((await openOk(path)).table);
    expect(rows).toEqual([
      ['1', 'two\r\nlines'],
      ['3', 'last'],
    ]);
    expect(rowNumbers).toEqual([2, 4]);
  });

  it('reads old Mac line endings and a file that is only a header', async () => {
    const { table } = await openOk(await write('cr.csv', 'a;b\r1;2\r3;4'));
    expect((await readAll(table)).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    const headerOnly = await openOk(await write('header-only.csv', 'a,b'));
    expect(headerOnly.table.header).toEqual(['a', 'b']);
    expect((await readAll(headerOnly.table)).rows).toEqual([]);
  });

  it('can read the rows twice, and stops reading when the caller stops', async () => {
    const { table } = await openOk(await write('twice.csv', 'a\n1\n2\n'));
    for await (const batch of table.rows()) {
      expect(batch.rows.length).toBeGreaterThan(0);
      break;
    }
    expect((await readAll(table)).rows).toEqual([['1'], ['2']]);
  });
});

describe('broken delimited text', () => {
  it('reports a ragged row with its row number and counts, and still aligns the cells', async () => {
    const path = await write('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    const { rows, problems } = await readAll((await openOk(path)).table);
    expect(rowCodes(problems)).toEqual([
      [3, 'ragged-row'],
      [4, 'ragged-row'],
    ]);
    expect(problems[0]?.message).toContain('Row 3 has 2 cells but the header has 3 columns');
    expect(problems[1]?.message).toContain('Row 4 has 4 cells');
    expect(rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', ''],
      ['6', '7', '8'],
    ]);
  });

  it('reports an unterminated quote at the row where it opened, after delivering the rows before', async () => {
    const path = await write('unterminated.csv', 'id,note\n1,ok\n2,"never closed\n3,lost\n4,lost\n');
    const { rows, problems, stopped } = await readAll((await openOk(path)).table);
    expect(rows).toEqual([['1', 'ok']]);
    expect(rowCodes(problems)).toEqual([[3, 'malformed-csv']]);
    expect(problems[0]?.message).toContain('row 3');
    expect(stopped).toBe(true);
  });

  it('reports a misplaced quote and keeps reading', async () => {
    // papaparse keeps the quoted value open until a quote that is followed by a delimiter or line end.
    const path = await write('invalid-quote.csv', 'id,note\n1,"closed"early\n2,"fine"\n3,ok\n');
    const { rows, rowNumbers, problems, stopped } = await readAll((await openOk(path)).table);
    expect(rowCodes(problems)).toEqual([[2, 'malformed-csv']]);
    expect(problems[0]?.message).toContain('not doubled');
    expect(rows).toEqual([
      ['1', 'closed"early\n2,"fine'],
      ['3', 'ok'],
    ]);
    expect(rowNumbers).toEqual([2, 3]);
    expect(stopped).toBe(false);
  });

  it('refuses a file whose first row is blank', async () => {
    const problem = await openFails(await write('blank-header.csv', '\n1,2\n'));
    expect(problem).toMatchObject({ code: 'header-missing', row: 1, severity: 'error' });
  });

  it('reports unnamed columns: an error between named ones, a warning at the end', async () => {
    const interior = await openOk(await write('gap.csv', 'a,,c\n1,2,3\n'));
    expect(interior.warnings).toMatchObject([{ code: 'header-missing', severity: 'error', row: 1 }]);
    expect(interior.warnings[0]?.message).toContain('column 2');
    const trailing = await openOk(await write('trailing.csv', 'a,b,,\n1,2,,\n'));
    expect(trailing.warnings).toMatchObject([{ code: 'header-missing', severity: 'warning' }]);
  });
});

describe('files that are not tables', () => {
  it('refuses an empty file and a file of blank lines', async () => {
    expect(await openFails(await write('empty.csv', ''))).toMatchObject({ code: 'file-empty', severity: 'error' });
    expect((await openFails(await write('blank.csv', '\r\n  \n'))).code).toBe('file-empty');
  });

  it('refuses a binary file named .csv without hanging', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const problem = await openFails(await write('picture.csv', Buffer.concat([png, Buffer.alloc(4096, 7)])));
    expect(problem).toMatchObject({ code: 'file-binary', file: expect.stringContaining('picture.csv') });
  });

  it('says which file is missing, and treats a folder as no file', async () => {
    const missing = join(dirname(await write('here.csv', 'a\n')), 'nowhere.csv');
    expect(await openFails(missing)).toMatchObject({ code: 'file-not-found', file: missing });
    const folder = join(dirname(missing), 'folder.csv');
    await mkdir(folder);
    expect((await openFails(folder)).message).toContain('folder');
  });

  it('ends the rows with a problem, not an exception, when the file disappears after opening', async () => {
    const path = await write('vanishing.csv', 'a\n1\n');
    const { table } = await openOk(path);
    await rm(path);
    const { rows, problems, stopped } = await readAll(table);
    expect(rows).toEqual([]);
    expect(rowCodes(problems)).toEqual([[undefined, 'file-not-found']]);
    expect(stopped).toBe(true);
  });

  it('refuses a file over maxBytes', async () => {
    const path = await write('big.csv', 'a\n' + '1\n'.repeat(100));
    expect((await openFails(path, { maxBytes: 50 })).code).toBe('file-too-large');
    expect((await openTable(path, { maxBytes: 500 })).status).toBe('success');
  });
});
