import type { IssueCode, IssueParams, Severity } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSink } from '../issues/issue-sink.js';
import type { RowSelection } from '../readers/index.js';
import { optionSelected } from '../values/cell-values.js';
import { checkCell, explainRefusal } from '../values/field-validators.js';
import { identifierInText, type IdentifierInText } from '../values/personal-identifier-values.js';
import { valueProblemParams, type ValueProblem } from '../values/value-problems.js';
import { fileLayout, type FileLayout } from './file-layout.js';
import { fillRuleMessage, type RecordPlan } from './record-plan.js';
import { RowView } from './row-view.js';

/** Something that follows the rows of a file (ids, links, design, dataset-rule columns). */
export interface RowObserver {
  /**
   * The columns it reads, through `view.cells` or the fields' answers: of the rows another thread
   * checks, only these cells are made (`RecordChecker.cellsRead`).
   */
  readonly reads: readonly number[];
  observe(view: RowView, row: number): void;
}

export interface FileContext {
  readonly file: string;
  readonly fileIndex: number;
  readonly sink: IssueSink;
  /** The file's stage in the run (`IssueSink.at`): where its issues fall among those of other files and threads. */
  readonly stage?: number;
}

/**
 * How the threads reading one file share its rows' own checks (engine/row-threads.ts): rows go in
 * blocks of `block` rows, each checked by the thread that claims it first. Every thread reads
 * every row, so a thread ahead claims the blocks and one behind skips them: the threads balance
 * themselves, whatever else each has to do. The reading thread leaves a block to the others when one
 * of them is close behind (`claimedRows`).
 */
export interface RowSharing {
  readonly block: number;
  /** One cell per block, shared between the threads: 0 unclaimed, else the number of the thread checking it. */
  readonly claims: Uint8Array;
  /**
   * Set to 1 by the reading thread once it has read the whole file and left no block to the others
   * (`LEFT_TO_OTHERS`): every block is then claimed, and the others may stop reading.
   */
  readonly read: Int32Array;
}

/** This thread's part in a file's sharing: number 1 reads the file for the report, and checks any block beyond `claims`. */
export interface RowShare extends RowSharing {
  readonly thread: number;
}

/**
 * Checks the rows of one file against its record type, row by row, in place on the cells:
 * values through the schema's validators, then skip logic, constraints, consent and record
 * rules from the activity's expressions. It builds no object per row (the core expression
 * evaluator and select_multiple answers allocate a little); an issue's message is built only
 * when it is kept as an example.
 */
export class RecordChecker {
  readonly view: RowView;
  readonly layout: FileLayout;
  private readonly answered: Uint8Array;
  private readonly valid: Uint8Array;
  /** Per field, the text last scanned for identifiers and what was found in it. */
  private readonly lastScanned: (string | undefined)[];
  private readonly lastFound: (IdentifierInText | undefined)[];
  /** Data rows seen so far in this file. */
  private ordinal = 0;
  /** Whether this thread checks the current block of rows (always, when it does not share them). */
  private ownBlock = true;
  /** This thread's last block, found once the file is read through and every block claimed (`mayStop`). */
  private lastOwnBlock: number | undefined;

  constructor(
    private readonly plan: RecordPlan,
    private readonly map: ColumnMap,
    private readonly context: FileContext,
    private readonly observers: readonly RowObserver[],
    /** Without one, every row's own checks are made here. */
    private readonly share?: RowShare,
  ) {
    const count = plan.fields.length;
    this.view = new RowView(map);
    this.answered = new Uint8Array(count);
    this.valid = new Uint8Array(count);
    this.lastScanned = new Array<string | undefined>(count).fill(undefined);
    this.lastFound = new Array<IdentifierInText | undefined>(count).fill(undefined);
    this.layout = fileLayout(plan, map);
  }

  /**
   * The columns this thread reads of a row another thread checks, ascending: those the observers
   * read and the option columns answers are rebuilt from (none with no observer).
   */
  get cellsRead(): number[] {
    if (this.observers.length === 0) return [];
    const columns = new Set<number>();
    for (const observer of this.observers) for (const column of observer.reads) columns.add(column);
    for (const field of this.layout.optionFields) for (const column of this.map.optionColumns[field]?.columns ?? []) columns.add(column);
    return [...columns].sort((a, b) => a - b);
  }

  /** The ordinal the next batch's first row will have. */
  get rowsSeen(): number {
    return this.ordinal;
  }

  /**
   * True when the reading thread has read the file through, so every block is claimed for good,
   * and this thread has passed the last block that is its own: it may stop reading. (Blocks dealt
   * in turns are its own before it reaches them.)
   */
  get mayStop(): boolean {
    const share = this.share;
    if (share === undefined || Atomics.load(share.read, 0) !== 1) return false;
    this.lastOwnBlock ??= share.claims.lastIndexOf(share.thread);
    return this.ordinal >= (this.lastOwnBlock + 1) * share.block;
  }

  checkRows(rows: readonly (readonly string[])[], rowNumbers: readonly number[]): void {
    for (let r = 0; r < rows.length; r++) this.checkRow(rows[r] ?? [], rowNumbers[r] ?? 0);
  }

  private checkRow(cells: readonly string[], row: number): void {
    const ordinal = this.ordinal++;
    const sink = this.context.sink;
    const stage = this.context.stage ?? 0;
    const share = this.share;
    if (share !== undefined && ordinal % share.block === 0) this.ownBlock = claimBlock(share, ordinal / share.block);
    const own = this.ownBlock;
    this.view.cells = cells;
    this.plan.relevance.nextRow();
    const optionFields = this.layout.optionFields;
    if (own) {
      sink.at(stage, ordinal, 0);
      for (let k = 0; k < optionFields.length; k++) this.rebuildFromOptions(optionFields[k] ?? 0, cells, row, true);
      this.checkValues(row);
      this.checkExtraColumns(cells, row);
      this.checkConsent(row);
      this.checkSkipLogic(row);
      this.checkConstraints(row);
      this.checkRules(row);
    } else if (this.observers.length > 0) {
      // Another thread checks this row: only what the observers read is rebuilt, silently.
      for (let k = 0; k < optionFields.length; k++) this.rebuildFromOptions(optionFields[k] ?? 0, cells, row, false);
    }
    if (this.observers.length === 0) return;
    sink.at(stage, ordinal, 1);
    for (let k = 0; k < this.observers.length; k++) this.observers[k]?.observe(this.view, row);
  }

  private checkValues(row: number): void {
    const { validators, nullable, scanned } = this.plan;
    const { valueFields, valueColumns } = this.layout;
    const cells = this.view.cells;
    const rebuilt = this.view.rebuilt;
    for (let k = 0; k < valueFields.length; k++) {
      const i = valueFields[k] ?? 0;
      const column = valueColumns[k] ?? -1;
      const cell = (column >= 0 ? cells[column] : rebuilt[i]) ?? '';
      if (cell === '') {
        this.answered[i] = 0;
        if (nullable[i] === 0) this.report('required-missing', row, i);
        continue;
      }
      this.answered[i] = 1;
      const validator = validators[i];
      if (validator === undefined) continue;
      if (checkCell(validator, cell)) this.valid[i] = 1;
      else {
        this.valid[i] = 0;
        this.reportValueProblems(i, row, explainRefusal(validator, cell));
      }
      if (scanned[i] === 1) this.checkIdentifiers(i, row, cell);
    }
  }

  private reportValueProblems(field: number, row: number, problems: readonly ValueProblem[]): void {
    const definition = this.plan.fields[field];
    if (definition === undefined) return;
    for (const problem of problems) this.report(problem.code, row, field, problem.value, () => valueProblemParams(definition, problem));
  }

  private checkIdentifiers(field: number, row: number, cell: string): void {
    // Exports list a cluster's rows together: a PSU, an interviewer or a household code repeats row after row.
    // Only short texts are remembered: V8 copies them, where a longer one could hold the parser's chunk.
    let kind: IdentifierInText | undefined;
    if (cell === this.lastScanned[field]) kind = this.lastFound[field];
    else {
      kind = identifierInText(cell, this.context.sink.identifiers);
      if (cell.length < 13) {
        this.lastScanned[field] = cell;
        this.lastFound[field] = kind;
      }
    }
    // The value itself is left out of the issue: a report must not copy the identifier.
    if (kind !== undefined) this.report('personal-identifier-value', row, field, undefined, () => ({ kind }));
  }

  /** Columns the record type does not have are read too: a `notes` or `contact` column is where identities leak. */
  private checkExtraColumns(cells: readonly string[], row: number): void {
    const extra = this.layout.extraColumns;
    for (let k = 0; k < extra.length; k++) {
      const column = extra[k] ?? 0;
      const cell = cells[column] ?? '';
      if (cell === '') continue;
      const kind = identifierInText(cell, this.context.sink.identifiers);
      if (kind === undefined || !this.context.sink.count('personal-identifier-value', undefined, this.context.fileIndex)) continue;
      this.context.sink.keep({
        code: 'personal-identifier-value',
        file: this.context.file,
        record: this.plan.recordType.name,
        row,
        field: this.map.header[column] ?? '',
        params: { kind },
      });
    }
  }

  /** One issue per row and gate: answers recorded where consent was not given (the first such answer is named). */
  private checkConsent(row: number): void {
    for (const gate of this.layout.gates) {
      if (gate.condition.test(this.view.record)) continue;
      const answered = gate.answerFields.find((i) => this.answered[i] === 1 && this.layout.present[i] === 1);
      if (answered === undefined) continue;
      const value = this.view.answer(answered, this.map.fieldColumns[answered] ?? -1);
      this.report('consent-missing', row, answered, value, () => ({ condition: gate.description }));
    }
  }

  /**
   * Each answer out of place is its own issue, also without consent: both are true, and both
   * need fixing. Fields are visited by condition set, each set judged once per row.
   */
  private checkSkipLogic(row: number): void {
    const relevance = this.plan.relevance;
    const record = this.view.record;
    const groups = this.layout.skipGroups;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      if (group === undefined) continue;
      if (relevance.setHolds(group.set, record)) {
        const required = group.required;
        for (let k = 0; k < required.length; k++) {
          const i = required[k] ?? 0;
          if (this.answered[i] === 0) this.report('relevant-missing', row, i, undefined, () => ({ condition: this.plan.relevanceText(i) }));
        }
      } else {
        const fields = group.fields;
        for (let k = 0; k < fields.length; k++) {
          const i = fields[k] ?? 0;
          if (this.answered[i] === 0) continue;
          this.valid[i] = 0;
          const value = this.view.answer(i, this.map.fieldColumns[i] ?? -1);
          this.report('answered-not-relevant', row, i, value, () => ({ condition: this.plan.notAskedBecause(i, record) }));
        }
      }
    }
  }

  private checkConstraints(row: number): void {
    const { constraints, fields } = this.plan;
    const constrained = this.layout.constrained;
    for (let k = 0; k < constrained.length; k++) {
      const i = constrained[k] ?? 0;
      // A value already reported (wrong type, out of range, not asked) is not reported twice.
      if (this.answered[i] === 0 || this.valid[i] === 0) continue;
      const name = fields[i]?.name;
      if (name === undefined || constraints[i]?.test(this.view.record, name) !== false) continue;
      const value = this.view.answer(i, this.map.fieldColumns[i] ?? -1);
      this.report('constraint-failed', row, i, value, () => ({ constraint: this.plan.constraintText(i) }));
    }
  }

  private checkRules(row: number): void {
    const record = this.view.record;
    for (const rule of this.layout.rules) {
      if (rule.when !== undefined && !rule.when.test(record)) continue;
      if (rule.assert.test(record)) continue;
      const code: IssueCode = rule.code;
      if (!this.context.sink.count(code, rule.severity, this.context.fileIndex)) continue;
      const value = rule.field in record ? String(record[rule.field] ?? '') : undefined;
      this.context.sink.keep({
        code,
        severity: rule.severity,
        file: this.context.file,
        record: this.plan.recordType.name,
        row,
        field: rule.field,
        ...(value !== undefined && value !== '' && { value }),
        params: { detail: fillRuleMessage(rule.message, record), rule: rule.id },
      });
    }
  }

  private rebuildFromOptions(field: number, cells: readonly string[], row: number, report: boolean): void {
    const options = this.map.optionColumns[field];
    if (options === undefined) return;
    let answer = '';
    for (let k = 0; k < options.columns.length; k++) {
      const column = options.columns[k] ?? 0;
      const cell = cells[column] ?? '';
      const selected = optionSelected(cell);
      if (selected === undefined) {
        if (report) this.reportOptionCell(column, row, cell);
      } else if (selected) answer = answer === '' ? (options.codes[k] ?? '') : `${answer} ${options.codes[k] ?? ''}`;
    }
    this.view.rebuilt[field] = answer;
  }

  private reportOptionCell(column: number, row: number, cell: string): void {
    if (!this.context.sink.count('type-error', undefined, this.context.fileIndex)) return;
    const field = this.map.header[column] ?? '';
    this.context.sink.keep({
      code: 'type-error',
      file: this.context.file,
      record: this.plan.recordType.name,
      row,
      field,
      value: cell,
      params: { expected: '1 (selected) or 0 (not selected)' },
    });
  }

  private report(code: IssueCode, row: number, field: number, value?: string, params?: () => IssueParams, severity?: Severity): void {
    if (!this.context.sink.count(code, severity, this.context.fileIndex)) return;
    const name = this.plan.fields[field]?.name;
    this.context.sink.keep({
      code,
      file: this.context.file,
      record: this.plan.recordType.name,
      row,
      ...(name !== undefined && { field: name }),
      ...(value !== undefined && { value }),
      ...(params !== undefined && { params: params() }),
      ...(severity !== undefined && { severity }),
    });
  }
}

/** The rows a thread checks (`claimedRows`), and whether the reading thread left some of its blocks to the others. */
export interface ClaimedRows extends RowSelection {
  /** Blocks the reading thread reached first and left to another thread (`LEFT_TO_OTHERS`): the others must read on to them. */
  readonly leftToOthers: number;
}

/**
 * A block the reading thread reached first and left unclaimed for another thread, which was close
 * behind: any other thread may claim it, the reading thread never does. (Thread numbers stop at 64.)
 */
export const LEFT_TO_OTHERS = 255;

/**
 * How many blocks back the reading thread looks for another thread's claim. The reading thread
 * also does all the work across rows (ids, links, design, the dataset rules' columns), so it is
 * the slower one: when another thread has claimed one of the last blocks behind it, it leaves the
 * block it reaches to that thread and only counts it; when the others fall further behind, it
 * checks the block itself. The threads keep about this far apart, the reading thread ahead.
 */
const NEAR_BLOCKS = 8;

/**
 * The rows a thread checks, split into cells: those of the blocks it claims, claiming each block
 * as the reader reaches it, before `RecordChecker` does (a claim, once made, never changes, so the
 * two agree). Of another thread's rows, the reading thread (which reports ragged rows) makes the
 * cells it reads (`RecordChecker.cellsRead`) and counts the rest; another thread, with `cellsRead`
 * undefined, makes none and counts none.
 */
export function claimedRows(share: RowShare, cellsRead?: readonly number[]): ClaimedRows {
  let block = -1;
  let own = false;
  let leftToOthers = 0;
  return {
    ...(cellsRead !== undefined && { cellsRead }),
    get leftToOthers() {
      return leftToOthers;
    },
    wants(ordinal: number): boolean {
      const b = Math.floor(ordinal / share.block);
      if (b !== block) {
        block = b;
        if (share.thread === 1 && otherThreadNear(share, b) && Atomics.compareExchange(share.claims, b, 0, LEFT_TO_OTHERS) === 0) {
          leftToOthers++;
          own = false;
        } else {
          own = claimBlock(share, b);
        }
      }
      return own;
    },
  };
}

/** Another thread claimed one of the `NEAR_BLOCKS` blocks before block `b`. */
function otherThreadNear(share: RowShare, b: number): boolean {
  if (b >= share.claims.length) return false;
  for (let k = Math.max(0, b - NEAR_BLOCKS); k < b; k++) {
    const holder = Atomics.load(share.claims, k);
    if (holder > 1 && holder !== LEFT_TO_OTHERS) return true;
  }
  return false;
}

/** Claims block `b` for this thread unless another has (any but the reading thread may claim one left to others); true when this thread is to check it. */
function claimBlock(share: RowShare, b: number): boolean {
  if (b >= share.claims.length) return share.thread === 1;
  const holder = Atomics.compareExchange(share.claims, b, 0, share.thread);
  if (holder === 0 || holder === share.thread) return true;
  return (
    holder === LEFT_TO_OTHERS &&
    share.thread !== 1 &&
    Atomics.compareExchange(share.claims, b, LEFT_TO_OTHERS, share.thread) === LEFT_TO_OTHERS
  );
}
