import { openTable, type ReadProblem } from '@dh/validate';
import { cellValue } from './cell-value.js';
import type { CellKind, ColumnPlan } from './column-plan.js';

/** One value of a record: text for codes and strings, a number for numeric fields, undefined when empty. */
export type Cell = string | number | undefined;

/**
 * One record type's data, held column by column and only for the planned columns (and,
 * once computed, the derived variables): analysis reads a few variables of many rows.
 */
export interface RecordTable {
  readonly recordType: string;
  readonly file: string;
  readonly size: number;
  readonly columns: Map<string, Cell[]>;
  readonly rowNumbers: readonly number[];
  /** Planned columns the file does not have: their values are empty on every row. */
  readonly absentColumns: readonly string[];
  /** Per numeric column, how many cells were not numbers (and are treated as empty). */
  readonly nonNumeric: ReadonlyMap<string, number>;
  readonly problems: readonly ReadProblem[];
}

export type ReadTableResult = { readonly status: 'success'; readonly table: RecordTable } | { readonly status: 'failure'; readonly problem: ReadProblem };

const NO_VALUES: readonly Cell[] = [];

/** A column's values; a column the table lacks reads as empty everywhere. */
export function columnOf(table: RecordTable, name: string): readonly Cell[] {
  return table.columns.get(name) ?? NO_VALUES;
}

/**
 * Reads one record file through the validate readers (CSV, XLSX, JSON), keeping only the
 * planned columns, converted by each field's value type. Columns are found by name, also
 * under an ODK group prefix (`grp/name`).
 */
export async function readRecordTable(file: string, plan: ColumnPlan): Promise<ReadTableResult> {
  const opened = await openTable(file);
  if (opened.status === 'failure') return { status: 'failure', problem: opened.problem };
  const { header } = opened.table;
  const wanted = [...plan.columns].map(([name, kind]) => ({ name, kind, index: columnIndex(header, name), values: [] as Cell[] }));
  const present = wanted.filter((c): c is { name: string; kind: CellKind; index: number; values: Cell[] } => c.index >= 0);
  const rowNumbers: number[] = [];
  const problems: ReadProblem[] = [...opened.warnings];
  const nonNumeric = new Map<string, number>();
  for await (const batch of opened.table.rows()) {
    problems.push(...batch.problems);
    for (const column of present) {
      for (const cells of batch.rows) {
        const value = cellValue(cells[column.index] ?? '', column.kind);
        if (value === null) nonNumeric.set(column.name, (nonNumeric.get(column.name) ?? 0) + 1);
        column.values.push(value ?? undefined);
      }
    }
    rowNumbers.push(...batch.rowNumbers);
    if (batch.stopped) break;
  }
  const absentColumns = wanted.filter((c) => c.index < 0).map((c) => c.name);
  const columns = new Map(present.map((c) => [c.name, c.values]));
  return { status: 'success', table: { recordType: plan.recordType.name, file, size: rowNumbers.length, columns, rowNumbers, absentColumns, nonNumeric, problems } };
}

function columnIndex(header: readonly string[], name: string): number {
  const trimmed = header.map((h) => h.trim());
  const exact = trimmed.indexOf(name);
  if (exact >= 0) return exact;
  const lower = name.toLowerCase();
  const caseless = trimmed.findIndex((h) => h.toLowerCase() === lower);
  if (caseless >= 0) return caseless;
  return trimmed.findIndex((h) => h.split('/').pop() === name);
}
