import type { DatasetRule, RecordTable, RecordValues } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSink } from '../issues/issue-sink.js';
import type { RecordPlan } from '../rows/record-plan.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RowView } from '../rows/row-view.js';
import { variableReads } from './column-of.js';
import { detachedCopy } from './detached-copy.js';

export interface SkippedCheck {
  readonly check: string;
  readonly reason: string;
}

interface TableBuilder {
  readonly files: string[];
  /** Per field asked for, its values in row order: no object per row while the data are read. */
  readonly columns: Map<string, unknown[]>;
  readonly rowNumbers: number[];
  /** The rows as objects, made when a rule first reads `rows`, and shared by every rule. */
  rows?: RecordValues[];
}

/**
 * Dataset rules read whole record types, but only the columns they declare in `needs`: only
 * those are kept, typed as the schema types them (numbers, code lists, null when empty).
 */
export class DatasetRuleTables {
  private readonly needed = new Map<string, Set<string>>();
  private readonly tables = new Map<string, TableBuilder>();
  private readonly runnable: DatasetRule[] = [];
  private readonly skipped: SkippedCheck[] = [];

  /** Only rules whose record types were all given keep columns; the others are reported as not run. */
  constructor(rules: readonly DatasetRule[], present: ReadonlySet<string>) {
    for (const rule of rules) {
      const absent = Object.keys(rule.needs).filter((recordType) => !present.has(recordType));
      if (absent.length > 0) {
        this.skipped.push({ check: `rule ${rule.id}`, reason: `it needs ${absent.join(', ')} data, which was not given` });
        continue;
      }
      this.runnable.push(rule);
      for (const [recordType, columns] of Object.entries(rule.needs)) {
        const set = this.needed.get(recordType) ?? new Set<string>();
        columns.forEach((c) => set.add(c));
        this.needed.set(recordType, set);
      }
    }
  }

  observerFor(map: ColumnMap, context: FileContext, plan: RecordPlan): RowObserver | undefined {
    const names = this.needed.get(map.recordType.name);
    if (names === undefined) return undefined;
    const table = this.tables.get(map.recordType.name) ?? {
      files: [],
      columns: new Map([...names].map((name) => [name, []])),
      rowNumbers: [],
    };
    this.tables.set(map.recordType.name, table);
    table.files.push(context.file);
    const readers = [...names].map((name) => ({ values: table.columns.get(name) ?? [], read: columnReader(name, map, plan) }));
    return {
      reads: [...names].flatMap((name) => variableReads(map, name)),
      observe: (view: RowView, row: number) => {
        for (const reader of readers) reader.values.push(reader.read(view));
        table.rowNumbers.push(row);
      },
    };
  }

  /** Runs every rule whose record types were all given; says which could not run. */
  run(sink: IssueSink, fileIndexOf: (file: string | undefined) => number): SkippedCheck[] {
    for (const rule of this.runnable) {
      const tables = new Map<string, RecordTable>();
      for (const recordType of Object.keys(rule.needs)) {
        const table = this.tables.get(recordType);
        if (table) tables.set(recordType, recordTable(table));
      }
      for (const input of rule.check(tables)) sink.add(rule.warnsOnly ? { ...input, severity: 'warning' } : input, fileIndexOf(input.file));
    }
    return this.skipped;
  }
}

type ColumnReader = (view: RowView) => unknown;

function columnReader(name: string, map: ColumnMap, plan: RecordPlan): ColumnReader {
  const field = map.recordType.fields.findIndex((f) => f.name === name);
  if (field >= 0) {
    const column = map.fieldColumns[field] ?? -1;
    const coerce = plan.validators[field]?.coerce ?? ((cell: string) => cell);
    return (view) => {
      const cell = view.answer(field, column);
      if (cell === '') return null;
      const value = coerce(cell);
      return typeof value === 'string' ? detachedCopy(value) : value;
    };
  }
  const column = map.header.findIndex((c) => c.trim() === name);
  return (view) => (column >= 0 && view.cells[column] ? detachedCopy(view.cells[column] ?? '') : null);
}

const NO_VALUES: readonly unknown[] = [];

/** A rule's view of a record type's table: its columns as kept, its rows made only if the rule reads them. */
function recordTable(table: TableBuilder): RecordTable {
  return {
    file: table.files.join(', '),
    rowNumbers: table.rowNumbers,
    column: (field) => table.columns.get(field) ?? NO_VALUES,
    get rows() {
      table.rows ??= table.rowNumbers.map((_, i) => {
        const values: Record<string, unknown> = {};
        for (const [name, column] of table.columns) values[name] = column[i];
        return values;
      });
      return table.rows;
    },
  };
}
