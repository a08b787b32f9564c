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
  readonly rows: RecordValues[];
  readonly rowNumbers: number[];
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
    const table = this.tables.get(map.recordType.name) ?? { files: [], rows: [], rowNumbers: [] };
    this.tables.set(map.recordType.name, table);
    table.files.push(context.file);
    const readers = [...names].map((name) => columnReader(name, map, plan));
    return {
      reads: [...names].flatMap((name) => variableReads(map, name)),
      observe: (view: RowView, row: number) => {
        const values: Record<string, unknown> = {};
        for (const [name, read] of readers) values[name] = read(view);
        table.rows.push(values);
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
        if (table) tables.set(recordType, { file: table.files.join(', '), rows: table.rows, rowNumbers: table.rowNumbers });
      }
      for (const input of rule.check(tables)) sink.add(rule.warnsOnly ? { ...input, severity: 'warning' } : input, fileIndexOf(input.file));
    }
    return this.skipped;
  }
}

type ColumnReader = (view: RowView) => unknown;

function columnReader(name: string, map: ColumnMap, plan: RecordPlan): [string, ColumnReader] {
  const field = map.recordType.fields.findIndex((f) => f.name === name);
  if (field >= 0) {
    const column = map.fieldColumns[field] ?? -1;
    const coerce = plan.validators[field]?.coerce ?? ((cell: string) => cell);
    return [
      name,
      (view) => {
        const cell = view.answer(field, column);
        if (cell === '') return null;
        const value = coerce(cell);
        return typeof value === 'string' ? detachedCopy(value) : value;
      },
    ];
  }
  const column = map.header.findIndex((c) => c.trim() === name);
  return [name, (view) => (column >= 0 && view.cells[column] ? detachedCopy(view.cells[column] ?? '') : null)];
}
