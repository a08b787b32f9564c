import type { RecordValues } from '../expression/evaluate.js';
import type { RecordTable } from './contracts.js';

/** Columns made from tables given as rows alone (fixtures, other tools), per rows array and field. */
const madeColumns = new WeakMap<readonly RecordValues[], Map<string, readonly unknown[]>>();

/**
 * A field's values in a dataset rule's table, in row order: the table's own column where it keeps
 * columns (validation does: no object per row), else made from its rows, once while they stay
 * the same.
 */
export function tableColumn(table: RecordTable, field: string): readonly unknown[] {
  if (table.column) return table.column(field);
  let columns = madeColumns.get(table.rows);
  if (!columns) madeColumns.set(table.rows, (columns = new Map()));
  let column = columns.get(field);
  // Made again when rows were added since.
  if (column?.length !== table.rows.length) columns.set(field, (column = table.rows.map((row) => row[field])));
  return column;
}
