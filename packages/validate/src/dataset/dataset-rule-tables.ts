import type { DatasetRule, RecordTable, RecordValues } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSink, IssueSinkPart } from '../issues/issue-sink.js';
import type { RecordPlan } from '../rows/record-plan.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RowView } from '../rows/row-view.js';
import { collectGarbageNow } from './collect-garbage.js';
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

/** Where dataset rules' issues go: the run's sink, the stage after every file, and the index of a file named in an issue. */
export interface RuleRun {
  readonly sink: IssueSink;
  readonly stage: number;
  readonly fileIndexOf: (file: string | undefined) => number;
  /** Files are still to be read after this: tables let go are collected at once (`collectGarbageNow`). */
  readonly moreToRead?: boolean;
}

/** Rows of the tables let go at once above which they are collected before reading on: below, V8 takes them in its stride. */
const COLLECTED_ROWS = 50_000;

/**
 * Dataset rules read whole record types, but only the columns they declare in `needs`: only
 * those are kept, typed as the schema types them (numbers, code lists, null when empty).
 *
 * A rule runs as soon as every record type it reads has been read (`recordTypeDone`), not after
 * the last file: while it runs, the other threads read on into the next file, and its tables are
 * let go once no rule still to run reads them. Its issues are placed where a run that reads every
 * file first would raise them: after the checks across rows, rule by rule (`IssueSink.fork`).
 */
export class DatasetRuleTables {
  private readonly needed = new Map<string, Set<string>>();
  private readonly tables = new Map<string, TableBuilder>();
  /** The rules with every record type given, in the activity's order, until they run. */
  private waiting: { readonly rule: DatasetRule; readonly order: number }[] = [];
  private readonly read = new Set<string>();
  private readonly found: IssueSinkPart[] = [];
  private readonly skipped: SkippedCheck[] = [];

  /** Only rules whose record types were all given keep columns; the others are reported as not run. */
  constructor(rules: readonly DatasetRule[], present: ReadonlySet<string>) {
    for (const rule of rules) {
      const absent = Object.keys(rule.needs).filter((recordType) => !present.has(recordType));
      if (absent.length > 0) {
        this.skipped.push({ check: `rule ${rule.id}`, reason: `it needs ${absent.join(', ')} data, which was not given` });
        continue;
      }
      this.waiting.push({ rule, order: this.waiting.length });
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

  /** Every file of `recordType` has been read: the rules with all their record types read run now. */
  recordTypeDone(recordType: string, run: RuleRun): void {
    this.read.add(recordType);
    this.runWhere((rule) => Object.keys(rule.needs).every((name) => this.read.has(name)), run);
  }

  /** Runs the rules still waiting, and puts every rule's issues in the run's sink; says which rules could not run. */
  run(run: RuleRun): SkippedCheck[] {
    this.runWhere(() => true, run);
    for (const part of this.found.splice(0)) run.sink.absorb(part);
    return this.skipped;
  }

  private runWhere(ready: (rule: DatasetRule) => boolean, run: RuleRun): void {
    const now = this.waiting.filter((waiting) => ready(waiting.rule));
    if (now.length === 0) return;
    this.waiting = this.waiting.filter((waiting) => !ready(waiting.rule));
    for (const { rule, order } of now) {
      const tables = new Map<string, RecordTable>();
      for (const recordType of Object.keys(rule.needs)) {
        const table = this.tables.get(recordType);
        if (table) tables.set(recordType, recordTable(table));
      }
      const sink = run.sink.fork();
      // After the checks across rows (step 0 of the last stage), in the rules' order.
      sink.at(run.stage, -1, 1 + order);
      for (const input of rule.check(tables))
        sink.add(rule.warnsOnly ? { ...input, severity: 'warning' } : input, run.fileIndexOf(input.file));
      this.found.push(sink.part());
    }
    // A table no rule still to run reads is let go: a national roster's columns are the largest thing a run holds.
    const stillRead = new Set(this.waiting.flatMap((waiting) => Object.keys(waiting.rule.needs)));
    let freedRows = 0;
    for (const [recordType, table] of this.tables) {
      if (!this.read.has(recordType) || stillRead.has(recordType)) continue;
      freedRows += table.rowNumbers.length;
      this.tables.delete(recordType);
    }
    if (run.moreToRead === true && freedRows >= COLLECTED_ROWS) collectGarbageNow();
  }
}

type ColumnReader = (view: RowView) => unknown;

function columnReader(name: string, map: ColumnMap, plan: RecordPlan): ColumnReader {
  const field = map.recordType.fields.findIndex((f) => f.name === name);
  if (field >= 0) {
    const column = map.fieldColumns[field] ?? -1;
    const coerce = plan.validators[field]?.coerce ?? ((cell: string) => cell);
    // A code of the field's list is kept as the list's own text, shared by every row: a roster's
    // yes/no answers are not each a string of their own for the whole run.
    const codes = new Map((map.recordType.fields[field]?.codes ?? []).map((choice) => [choice.code, choice.code]));
    return (view) => {
      const cell = view.answer(field, column);
      if (cell === '') return null;
      const value = coerce(cell);
      return typeof value === 'string' ? (codes.get(value) ?? detachedCopy(value)) : value;
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
