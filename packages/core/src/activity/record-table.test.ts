import { describe, expect, it } from 'vitest';
import type { RecordTable, RecordValues } from '../index.js';
import { tableColumn } from './record-table.js';

describe('a dataset rule table’s columns', () => {
  it('are the table’s own where it keeps columns, and made from its rows where it has rows alone', () => {
    const kept: readonly unknown[] = ['H1', 'H2'];
    const columnar: RecordTable = {
      file: 'household.csv',
      rowNumbers: [2, 3],
      column: (field) => (field === 'household_id' ? kept : []),
      get rows(): RecordValues[] {
        throw new Error('a rule reading columns never makes rows');
      },
    };
    expect(tableColumn(columnar, 'household_id')).toBe(kept);
    const rows: RecordValues[] = [{ household_id: 'H1', n: 2 }, { household_id: 'H2' }];
    const plain: RecordTable = { file: 'household.csv', rows, rowNumbers: [2, 3] };
    expect(tableColumn(plain, 'n')).toEqual([2, undefined]);
    expect(tableColumn(plain, 'n')).toBe(tableColumn(plain, 'n'));
  });

  it('are made again when rows were added to a table given as rows', () => {
    const rows: RecordValues[] = [{ household_id: 'H1' }];
    const table: RecordTable = { file: 'household.csv', rows, rowNumbers: [2] };
    expect(tableColumn(table, 'household_id')).toEqual(['H1']);
    rows.push({ household_id: 'H2' });
    expect(tableColumn(table, 'household_id')).toEqual(['H1', 'H2']);
  });
});
