// The rules' groupings of rows by key (src/rules/tables.ts) against a plain Map built the obvious way.
import type { RecordTable } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { groupRows, numberOf, numbered } from '../src/rules/tables.js';

/** Park–Miller, seeded: the same keys on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** Groups built with a Map: keys in the order first seen, rows with an empty key part left out. */
function reference(columns: readonly (readonly unknown[])[], count: number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const parts = columns.map((column) => String(column[i] ?? '').trim());
    if (parts.some((part) => part === '')) continue;
    const key = parts.join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return groups;
}

describe('rows grouped by key', () => {
  it.each([
    [1, 10, 3],
    [2, 5_000, 40],
    [3, 40_000, 30_000],
  ])('are the groups a Map makes (seed %i, %i rows, %i distinct codes)', (seed, count, distinct) => {
    const random = seeded(seed);
    // Codes repeating in runs (a household's roster lines) and scattered, empty now and then, numbers too.
    const ids: unknown[] = [];
    const lines: unknown[] = [];
    let code = 0;
    for (let i = 0; i < count; i++) {
      if (random() < 0.6) code = Math.floor(random() * distinct);
      const roll = random();
      ids.push(roll < 0.02 ? '' : roll < 0.03 ? null : roll < 0.05 ? ` H${code} ` : `H${code}`);
      lines.push(random() < 0.02 ? null : Math.floor(random() * 4) + 1);
    }
    const table: RecordTable = {
      file: 'roster.csv',
      rows: ids.map((id, i) => ({ id, line: lines[i] })),
      rowNumbers: ids.map((_, i) => i + 2),
    };
    for (const fields of [['id'], ['id', 'line']]) {
      const groups = groupRows(table, fields);
      const expected = reference(
        fields.map((field) => (field === 'id' ? ids : lines)),
        count,
      );
      expect(new Map(groups.groups())).toEqual(expected);
      expect([...groups.groups()].map(([key]) => key)).toEqual([...expected.keys()]);
      expect([...groups.onlyRows()]).toEqual([...expected].filter(([, rows]) => rows.length === 1).map(([key, rows]) => [key, rows[0]]));
      for (const key of [...expected.keys()].slice(0, 500)) {
        const rows = expected.get(key) ?? [];
        expect(groups.count(key)).toBe(rows.length);
        expect(groups.rowsOf(key)).toEqual(rows);
        expect(groups.onlyRow(key)).toBe(rows.length === 1 ? rows[0] : undefined);
      }
      for (const absent of ['', 'H', `H${distinct}`, 'h1', 'H1 '])
        expect([groups.count(absent), groups.rowsOf(absent), groups.onlyRow(absent)]).toEqual([0, [], undefined]);
    }
  });

  it('keep apart two codes of the same hash', () => {
    // H65974 and H142600 have the same 32-bit FNV-1a hash.
    const table: RecordTable = { file: 'household.csv', rows: [{ id: 'H65974' }, { id: 'H142600' }], rowNumbers: [2, 3] };
    const groups = groupRows(table, ['id']);
    expect([...groups.groups()]).toEqual([
      ['H65974', [0]],
      ['H142600', [1]],
    ]);
    expect(groups.onlyRow('H142600')).toBe(1);
  });
});

describe('a number a rule reads', () => {
  it('is the number its text gives, whether the table keeps it as a number or as text', () => {
    const random = seeded(9);
    const values: unknown[] = [0, -0, 7, -12, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 53, 1e21, 0.5, -3.25, 1e-7, NaN, Infinity];
    for (let k = 0; k < 2_000; k++) values.push(Math.round((random() - 0.5) * 10 ** Math.floor(random() * 18)));
    const asNumbers: RecordTable = { file: '', rows: [], rowNumbers: values.map((_, i) => i + 2), column: () => values };
    const texts = values.map((value) =>
      typeof value === 'number' && Number.isFinite(value) ? (Number.isInteger(value) ? value.toFixed(0) : String(value)) : '',
    );
    const asText: RecordTable = { ...asNumbers, column: () => texts };
    values.forEach((value, i) => {
      expect(numberOf(numbered(asNumbers, i), 'n'), String(value)).toBe(numberOf(numbered(asText, i), 'n'));
    });
    expect(numberOf(numbered(asNumbers, 2), 'n')).toBe(7);
    expect(numberOf(numbered(asNumbers, 7), 'n')).toBeUndefined();
  });
});
