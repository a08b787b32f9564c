import { describe, expect, it } from 'vitest';
import { openFails, openOk, readAll, rowCodes } from '../../test/fixtures/readers/read-all.js';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';

const write = useTempDir();

const KOBO_RECORDS = [
  { _uuid: 'u1', age: 12, consent: true, household: { size: 5, head: null }, devices: ['phone', 'tablet'] },
  { _uuid: 'u2', age: 15.5, 'household/size': 3, remarks: 'ok' },
];

describe('JSON array', () => {
  it('flattens groups with "/", joins select_multiple codes, and takes every field met as a column', async () => {
    const path = await write('records.json', JSON.stringify(KOBO_RECORDS, null, 2));
    const { table, warnings } = await openOk(path);
    expect(table).toMatchObject({ format: 'json', rowUnit: 'line' });
    expect(table.header).toEqual(['_uuid', 'age', 'consent', 'household/size', 'household/head', 'devices', 'remarks']);
    expect(warnings).toEqual([]);
    const { rows, rowNumbers } = await readAll(table);
    expect(rows).toEqual([
      ['u1', '12', 'true', '5', '', 'phone tablet', ''],
      ['u2', '15.5', '', '3', '', '', 'ok'],
    ]);
    expect(rowNumbers).toEqual([2, 15]);
  });

  it('reads JSON saved with a byte-order mark or in UTF-16', async () => {
    const text = JSON.stringify([{ name: 'Zoë' }]);
    const withBom = await openOk(await write('bom.json', `\uFEFF${text}`));
    expect((await readAll(withBom.table)).rows).toEqual([['Zoë']]);
    const utf16 = await openOk(await write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect((await readAll(utf16.table)).rows).toEqual([['Zoë']]);
  });

  it('numbers records by position when they share a line', async () => {
    const { table } = await openOk(await write('compact.json', JSON.stringify(KOBO_RECORDS)));
    expect(table.rowUnit).toBe('record');
    expect((await readAll(table)).rowNumbers).toEqual([1, 2]);
  });

  it('gives the line and column of a syntax error', async () => {
    const problem = await openFails(await write('broken.json', '[\n  {"a": 1},\n  {"a": 2,}\n]'));
    expect(problem).toMatchObject({ code: 'json-invalid', row: 3 });
    expect(problem.message).toContain('line 3, column 11');
  });

  it('refuses JSON that is not an array of objects', async () => {
    expect((await openFails(await write('numbers.json', '[1, 2]'))).code).toBe('json-not-table');
    const wrapped = await openFails(await write('api.json', '{\n "count": 1,\n "results": [{"a": 1}]\n}'));
    expect(wrapped).toMatchObject({ code: 'json-not-table', message: expect.stringContaining('"results"') });
    expect((await openFails(await write('nothing.json', '[]'))).code).toBe('file-empty');
  });

  it('keeps a repeat group as JSON text and warns about it', async () => {
    const path = await write('repeat.json', JSON.stringify([{ id: 1, members: [{ name: 'A' }, { name: 'B' }] }]));
    const { table, warnings } = await openOk(path);
    expect(rowCodes(warnings)).toEqual([[undefined, 'json-not-table']]);
    expect(warnings[0]).toMatchObject({ severity: 'warning', column: 'members' });
    expect((await readAll(table)).rows).toEqual([['1', '[{"name":"A"},{"name":"B"}]']]);
  });
});

describe('unsafe keys', () => {
  it.each([
    ['__proto__ at the top', '[{"id": 1}, {"__proto__": {"polluted": "yes"}}]', '__proto__'],
    ['constructor in a group', '[{"grp": {"constructor": {"prototype": {"polluted": "yes"}}}}]', 'grp/constructor'],
  ])('refuses %s and leaves Object.prototype untouched', async (_name, text, column) => {
    const problem = await openFails(await write('unsafe.json', text));
    expect(problem).toMatchObject({ code: 'json-unsafe-key', column });
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an unsafe key in NDJSON with its line', async () => {
    const problem = await openFails(await write('unsafe.ndjson', '{"id": 1}\n{"prototype": 2}\n'));
    expect(problem).toMatchObject({ code: 'json-unsafe-key', row: 2, column: 'prototype' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('NDJSON', () => {
  it('streams one record per line, numbered by line, with fields from every line', async () => {
    const path = await write('subs.ndjson', '{"id": 1, "grp": {"q": "a"}}\r\n\n{"id": 2, "extra": [1, 2]}\n');
    const { table, warnings } = await openOk(path);
    expect(table).toMatchObject({ format: 'ndjson', rowUnit: 'line', header: ['id', 'grp/q', 'extra'] });
    expect(warnings).toEqual([]);
    const { rows, rowNumbers, problems } = await readAll(table);
    expect(rows).toEqual([
      ['1', 'a', ''],
      ['2', '', '1 2'],
    ]);
    expect(rowNumbers).toEqual([1, 3]);
    expect(problems).toEqual([]);
  });

  it('reports a broken line or a line that is no object where it is, and reads on', async () => {
    const path = await write('mixed.jsonl', '{"id": 1}\n{"id": 2,\n[3]\n{"id": 4}\n');
    const { rows, rowNumbers, problems } = await readAll((await openOk(path)).table);
    expect(rows).toEqual([['1'], ['4']]);
    expect(rowNumbers).toEqual([1, 4]);
    expect(rowCodes(problems)).toEqual([
      [2, 'json-invalid'],
      [3, 'json-not-table'],
    ]);
    expect(problems[0]?.message).toContain('line 2, column 10');
  });

  it('recognises NDJSON by content when the file is named .json', async () => {
    const { table } = await openOk(await write('lines.json', '{"id": 1}\n{"id": 2}\n'));
    expect(table.format).toBe('ndjson');
  });
});
