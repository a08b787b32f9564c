import type { ColumnMap } from '../columns/column-map.js';

/** The column holding variable `name` in a file: its field's column, else a header cell of that name; -1 if none. */
export function columnOf(map: ColumnMap, name: string): number {
  const field = map.recordType.fields.findIndex((f) => f.name === name);
  if (field >= 0) return map.fieldColumns[field] ?? -1;
  return map.header.findIndex((column) => column.trim() === name);
}

/** The columns a field's answer is read from: its own, else its option columns (none when absent). */
export function fieldReads(map: ColumnMap, field: number): number[] {
  const column = map.fieldColumns[field] ?? -1;
  if (column >= 0) return [column];
  return [...(map.optionColumns[field]?.columns ?? [])];
}

/** The columns variable `name` is read from (`columnOf`, or its field's option columns). */
export function variableReads(map: ColumnMap, name: string): number[] {
  const field = map.recordType.fields.findIndex((f) => f.name === name);
  if (field >= 0) return fieldReads(map, field);
  const column = map.header.findIndex((c) => c.trim() === name);
  return column >= 0 ? [column] : [];
}

/** Joins the cells of several columns into one key; undefined when any is empty (no key to compare). */
export function keyOfCells(cells: readonly string[], columns: readonly number[]): string | undefined {
  if (columns.length === 1) {
    const cell = cells[columns[0] ?? 0] ?? '';
    return cell === '' ? undefined : cell;
  }
  let key = '';
  for (let k = 0; k < columns.length; k++) {
    const cell = cells[columns[k] ?? 0] ?? '';
    if (cell === '') return undefined;
    key = k === 0 ? cell : `${key}\u001f${cell}`;
  }
  return key;
}

/** A joined key as the user would write it: `H012 / 3`. */
export function keyText(key: string): string {
  return key.split('\u001f').join(' / ');
}
