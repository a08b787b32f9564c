import { answerText, type RecordTable, type RecordValues } from '@dh/core';

/** A row of a dataset rule's table with its row number in the file (the header is row 1). */
export interface NumberedRow {
  readonly values: RecordValues;
  readonly row: number;
}

export const EMPTY_TABLE: RecordTable = { file: '', rows: [], rowNumbers: [] };

export function tableOf(tables: ReadonlyMap<string, RecordTable>, recordType: string): RecordTable {
  return tables.get(recordType) ?? EMPTY_TABLE;
}

/** An answer as text, trimmed; '' when empty. Rules read data as it was typed, numbers included. */
export function textOf(values: RecordValues, field: string): string {
  return answerText(values[field]).trim();
}

export function numberOf(values: RecordValues, field: string): number | undefined {
  const text = textOf(values, field);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

export function numberedRows(table: RecordTable): NumberedRow[] {
  return table.rows.map((values, i) => ({ values, row: table.rowNumbers[i] ?? i + 2 }));
}

/** Rows grouped by a key built from some fields; rows with any key field empty are left out (links report those). */
export function groupRows(table: RecordTable, fields: readonly string[]): Map<string, NumberedRow[]> {
  const groups = new Map<string, NumberedRow[]>();
  for (const numbered of numberedRows(table)) {
    const parts = fields.map((f) => textOf(numbered.values, f));
    if (parts.some((p) => p === '')) continue;
    const key = parts.join('\u0000');
    const group = groups.get(key);
    if (group) group.push(numbered);
    else groups.set(key, [numbered]);
  }
  return groups;
}

/** Rows whose key occurs exactly once: a duplicated id is reported as such, not by every rule that reads it. */
export function uniqueRows(table: RecordTable, fields: readonly string[]): Map<string, NumberedRow> {
  const unique = new Map<string, NumberedRow>();
  for (const [key, rows] of groupRows(table, fields)) if (rows.length === 1 && rows[0]) unique.set(key, rows[0]);
  return unique;
}
