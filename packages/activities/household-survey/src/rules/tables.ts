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

/**
 * Groupings already made in this run, per table and key: several rules group the roster by
 * household, and each grouping walks every row (the profile of `dh validate` on a national
 * survey put grouping at a tenth of the run). Keyed by the rows array, which every rule's view of
 * a record type shares (each rule gets a table object of its own).
 */
const groupings = new WeakMap<readonly RecordValues[], Map<string, unknown>>();

/** The value `build` makes of the table, made once per table, kind and key fields (the row count is in the key: a table that grew is done afresh). */
function once<T>(table: RecordTable, kind: string, fields: readonly string[], build: () => T): T {
  let byKey = groupings.get(table.rows);
  if (!byKey) groupings.set(table.rows, (byKey = new Map()));
  const cacheKey = `${kind}\u0001${table.rows.length}\u0001${fields.join('\u0000')}`;
  if (byKey.has(cacheKey)) return byKey.get(cacheKey) as T;
  const made = build();
  byKey.set(cacheKey, made);
  return made;
}

/** Rows grouped by a key built from some fields; rows with any key field empty are left out (links report those). */
export function groupRows(table: RecordTable, fields: readonly string[]): ReadonlyMap<string, readonly NumberedRow[]> {
  return once(table, 'groups', fields, () => {
    const groups = new Map<string, NumberedRow[]>();
    const { rows, rowNumbers } = table;
    for (let i = 0; i < rows.length; i++) {
      const values = rows[i] as RecordValues;
      let key = '';
      let complete = true;
      for (let k = 0; k < fields.length; k++) {
        const part = textOf(values, fields[k] as string);
        if (part === '') {
          complete = false;
          break;
        }
        key = k === 0 ? part : `${key}\u0000${part}`;
      }
      if (!complete) continue;
      const numbered = { values, row: rowNumbers[i] ?? i + 2 };
      const group = groups.get(key);
      if (group) group.push(numbered);
      else groups.set(key, [numbered]);
    }
    return groups;
  });
}

/** Rows whose key occurs exactly once: a duplicated id is reported as such, not by every rule that reads it. */
export function uniqueRows(table: RecordTable, fields: readonly string[]): ReadonlyMap<string, NumberedRow> {
  return once(table, 'unique', fields, () => {
    const unique = new Map<string, NumberedRow>();
    for (const [key, rows] of groupRows(table, fields)) if (rows.length === 1 && rows[0]) unique.set(key, rows[0]);
    return unique;
  });
}
