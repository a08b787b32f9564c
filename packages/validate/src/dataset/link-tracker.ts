import type { RecordLink } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSink } from '../issues/issue-sink.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RowView } from '../rows/row-view.js';
import { columnOf, keyOfCells, keyText } from './column-of.js';
import { GrowableInt32 } from './growable-int32.js';
import { KeyIndex } from './key-index.js';

/**
 * One RecordLink (a foreign key). Target files are read first where the links allow it, so
 * each reference is looked up as it is read and nothing of the referring rows is kept;
 * references read before their target (a cycle of links) wait, compactly, until the end.
 * For a one-to-one link it also counts references per target record.
 */
export class LinkTracker {
  /** Set once every file of the target record type has been read. */
  targetComplete = false;
  private readonly refs = new GrowableInt32();
  private readonly firstRefRow = new GrowableInt32();
  private readonly firstRefFile = new GrowableInt32();
  private readonly pendingKeys = new KeyIndex();
  private readonly pending = { id: new GrowableInt32(), row: new GrowableInt32(), file: new GrowableInt32() };
  /** A file of the target (or source) record type without the link's columns: the link cannot be judged. */
  private targetWithout: string | undefined;
  private sourceWithout: string | undefined;

  constructor(
    readonly link: RecordLink,
    /** The index of target keys: the target's own key index when the link points at its key. */
    readonly target: KeyIndex,
    private readonly ownsTarget: boolean,
    private readonly files: readonly string[],
  ) {}

  /** Collects target keys, only when the link points at something other than the target's key. */
  targetObserverFor(map: ColumnMap, context: FileContext): RowObserver | undefined {
    const columns = this.link.to.fields.map((name) => columnOf(map, name));
    if (columns.some((c) => c < 0)) {
      this.targetWithout ??= context.file;
      return undefined;
    }
    if (!this.ownsTarget) return undefined;
    return {
      reads: columns,
      observe: (view: RowView, row: number) => {
        const key = keyOfCells(view.cells, columns);
        if (key !== undefined) this.target.insert(key, row, context.fileIndex);
      },
    };
  }

  sourceObserverFor(map: ColumnMap, context: FileContext): RowObserver | undefined {
    const columns = this.link.from.fields.map((name) => columnOf(map, name));
    if (columns.some((c) => c < 0)) {
      this.sourceWithout ??= context.file;
      return undefined;
    }
    return { reads: columns, observe: (view: RowView, row: number) => this.observeSource(view.cells, row, columns, context) };
  }

  private observeSource(cells: readonly string[], row: number, columns: readonly number[], context: FileContext): void {
    if (this.targetWithout !== undefined) return;
    const key = keyOfCells(cells, columns);
    if (key === undefined) return;
    if (!this.targetComplete) {
      this.pending.id.push(this.pendingKeys.insert(key, 0, 0));
      this.pending.row.push(row);
      this.pending.file.push(context.fileIndex);
      return;
    }
    this.resolve(key, row, context.fileIndex, context.sink);
  }

  private resolve(key: string, row: number, fileIndex: number, sink: IssueSink): void {
    const id = this.target.find(key);
    if (id < 0) return this.reportBroken(sink, key, row, fileIndex, this.link.from.fields, this.link.to.recordType);
    if (this.link.oneToOne !== true) return;
    const count = this.refs.at(id) + 1;
    this.refs.set(id, count);
    if (count === 1) {
      this.firstRefRow.set(id, row);
      this.firstRefFile.set(id, fileIndex);
    } else {
      this.reportShared(sink, id, key, row, fileIndex);
    }
  }

  /**
   * Why the link, or the part of it that needs both sides' columns, could not be judged: a
   * missing key column is reported once (missing-column), not as a broken link on every row.
   */
  get notJudged(): { readonly check: string; readonly reason: string } | undefined {
    const { from, to } = this.link;
    const check = `link ${from.recordType}.${from.fields.join('+')} → ${to.recordType}.${to.fields.join('+')}`;
    if (this.targetWithout !== undefined) return { check, reason: `${this.targetWithout} has no ${to.fields.join(' + ')} column` };
    if (this.sourceWithout !== undefined && this.link.oneToOne === true)
      return {
        check: `${check}, ${to.recordType} records nobody refers to`,
        reason: `${this.sourceWithout} has no ${from.fields.join(' + ')} column`,
      };
    return undefined;
  }

  /** Resolves waiting references, then reports target records nobody refers to (one-to-one links). */
  finish(sink: IssueSink): void {
    if (this.targetWithout !== undefined) return;
    for (let k = 0; k < this.pending.id.length; k++) {
      this.resolve(this.pendingKeys.keyOf(this.pending.id.at(k)), this.pending.row.at(k), this.pending.file.at(k), sink);
    }
    if (this.link.oneToOne !== true || this.sourceWithout !== undefined) return;
    for (let id = 0; id < this.target.size; id++) {
      if (this.refs.at(id) > 0) continue;
      const key = this.target.keyOf(id);
      this.reportBroken(sink, key, this.target.values[id] ?? 0, this.target.tags[id] ?? 0, this.link.to.fields, this.link.from.recordType);
    }
  }

  private reportBroken(sink: IssueSink, key: string, row: number, fileIndex: number, fields: readonly string[], target: string): void {
    if (!sink.count('broken-link', undefined, fileIndex)) return;
    const record = fields === this.link.from.fields ? this.link.from.recordType : this.link.to.recordType;
    sink.keep({
      code: 'broken-link',
      file: this.files[fileIndex] ?? '',
      record,
      row,
      field: fields.join(' + '),
      value: keyText(key),
      params: { target },
    });
  }

  private reportShared(sink: IssueSink, id: number, key: string, row: number, fileIndex: number): void {
    if (!sink.count('count-mismatch', undefined, fileIndex)) return;
    const firstFile = this.firstRefFile.at(id);
    const first = `row ${this.firstRefRow.at(id)}${firstFile === fileIndex ? '' : ` of ${this.files[firstFile] ?? 'another file'}`}`;
    const { from, to } = this.link;
    sink.keep({
      code: 'count-mismatch',
      file: this.files[fileIndex] ?? '',
      record: from.recordType,
      row,
      field: from.fields.join(' + '),
      value: keyText(key),
      params: {
        detail: `${to.recordType} "${keyText(key)}" is already referred to by the ${from.recordType} record on ${first}; each ${to.recordType} must have exactly one ${from.recordType}`,
      },
    });
  }
}
