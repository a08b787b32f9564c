import { openTable, type ReadProblem } from '@dh/validate';
import { cellValue } from './cell-value.js';
import type { CellKind, ColumnPlan } from './column-plan.js';

/** A row with only the planned columns (and, once computed, derived variables). */
export type AnalysisRow = Record<string, unknown>;

/** One record type's rows, held column-light for analysis. */
export interface RecordTable {
  readonly recordType: string;
  readonly file: string;
  readonly rows: AnalysisRow[];
  readonly rowNumbers: readonly number[];
  /** Planned columns the file does not have: their values are empty on every row. */
  readonly absentColumns: readonly string[];
  /** Per numeric column, how many cells were not numbers (and are treated as empty). */
  readonly nonNumeric: ReadonlyMap<string, number>;
  readonly problems: readonly ReadProblem[];
}

export type ReadTableResult = { readonly status: 'success'; readonly table: RecordTable } | { readonly status: 'failure'; readonly problem: ReadProblem };

/**
 * Reads one record file through the validate readers (CSV, XLSX, JSON), keeping only the
 * planned columns, converted by each field's value type. Columns are found by name, also
 * under an ODK group prefix (`grp/name`).
 */
export async function readRecordTable(file: string, plan: ColumnPlan): Promise<ReadTableResult> {
  const opened = await openTable(file);
  if (opened.status === 'failure') return { status: 'failure', problem: opened.problem };
  const { header } = opened.table;
  const wanted = [...plan.columns].map(([name, kind]) => ({ name, kind, index: columnIndex(header, name) }));
  const present = wanted.filter((c): c is { name: string; kind: CellKind; index: number } => c.index >= 0);
  const rows: AnalysisRow[] = [];
  const rowNumbers: number[] = [];
  const problems: ReadProblem[] = [...opened.warnings];
  const nonNumeric = new Map<string, number>();
  for await (const batch of opened.table.rows()) {
    problems.push(...batch.problems);
    batch.rows.forEach((cells, i) => {
      const row: AnalysisRow = {};
      for (const column of present) {
        const value = cellValue(cells[column.index] ?? '', column.kind);
        if (value === null) nonNumeric.set(column.name, (nonNumeric.get(column.name) ?? 0) + 1);
        else if (value !== undefined) row[column.name] = value;
      }
      rows.push(row);
      rowNumbers.push(batch.rowNumbers[i] ?? 0);
    });
    if (batch.stopped) break;
  }
  const absentColumns = wanted.filter((c) => c.index < 0).map((c) => c.name);
  return { status: 'success', table: { recordType: plan.recordType.name, file, rows, rowNumbers, absentColumns, nonNumeric, problems } };
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
