import type { CollectedTable } from '@dh/validate';
import { cellValue } from './cell-value.js';
import type { ColumnPlan } from './column-plan.js';

/** One value of a record: text for codes and strings, a number for numeric fields, undefined when empty. */
export type Cell = string | number | undefined;

/**
 * One record type's data, held column by column and only for the planned columns (and,
 * once computed, the derived variables): analysis reads a few variables of many rows.
 */
export interface RecordTable {
  readonly recordType: string;
  /** The files read, relative to the assessment, joined with ", ". */
  readonly file: string;
  readonly size: number;
  readonly columns: Map<string, Cell[]>;
  readonly rowNumbers: readonly number[];
  /** Planned columns some file does not have: their values are empty on those rows. */
  readonly absentColumns: readonly string[];
  /** Per numeric column, how many cells were not numbers (and are treated as empty). */
  readonly nonNumeric: ReadonlyMap<string, number>;
}

const NO_VALUES: readonly Cell[] = [];

/** A column's values; a column the table lacks reads as empty everywhere. */
export function columnOf(table: RecordTable, name: string): readonly Cell[] {
  return table.columns.get(name) ?? NO_VALUES;
}

/**
 * The planned columns of one record type, from what validation read (the one data path:
 * every export shape `dh validate` accepts is read here exactly as it read it), converted by
 * each field's value type.
 */
export function recordTableFrom(collected: CollectedTable, plan: ColumnPlan, shown: (file: string) => string): RecordTable {
  const columns = new Map<string, Cell[]>();
  const nonNumeric = new Map<string, number>();
  for (const [name, kind] of plan.columns) {
    const texts = collected.columns.get(name) ?? [];
    const values: Cell[] = new Array<Cell>(collected.size);
    let bad = 0;
    for (let i = 0; i < collected.size; i++) {
      const value = cellValue(texts[i] ?? '', kind);
      if (value === null) bad++;
      values[i] = value ?? undefined;
    }
    if (bad > 0) nonNumeric.set(name, bad);
    columns.set(name, values);
  }
  return {
    recordType: collected.recordType,
    file: collected.files.map(shown).join(', '),
    size: collected.size,
    columns,
    rowNumbers: collected.rowNumbers,
    absentColumns: [...collected.absent.keys()].filter((name) => plan.columns.has(name)),
    nonNumeric,
  };
}
