import type { RecordType } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RowView } from '../rows/row-view.js';
import { columnOf, keyOfCells, keyText } from './column-of.js';
import { KeyIndex } from './key-index.js';

/**
 * The key of every record of one record type, across all its files: a second record with
 * the same key is a duplicate-id. The index also serves links that point at this key.
 */
export class RecordKeys {
  readonly index = new KeyIndex();
  /** A file of this record type without its key columns: duplicate ids were not looked for there. */
  private keyless: string | undefined;

  constructor(
    readonly recordType: RecordType,
    private readonly files: readonly string[],
  ) {}

  /** Undefined when a key column is missing (that is reported as a missing column). */
  observerFor(map: ColumnMap, context: FileContext): RowObserver | undefined {
    const columns = this.recordType.key.map((name) => columnOf(map, name));
    if (columns.length === 0) return undefined;
    if (columns.some((c) => c < 0)) {
      this.keyless ??= context.file;
      return undefined;
    }
    return { reads: columns, observe: (view: RowView, row: number) => this.observe(view.cells, row, columns, context) };
  }

  get notJudged(): { readonly check: string; readonly reason: string } | undefined {
    if (this.keyless === undefined) return undefined;
    return { check: `duplicate ${this.recordType.name} ids`, reason: `${this.keyless} has no ${this.recordType.key.join(' + ')} column` };
  }

  private observe(cells: readonly string[], row: number, columns: readonly number[], context: FileContext): void {
    const key = keyOfCells(cells, columns);
    if (key === undefined) return;
    const id = this.index.insert(key, row, context.fileIndex);
    if (this.index.added || !context.sink.count('duplicate-id', undefined, context.fileIndex)) return;
    const firstRow = this.index.values[id] ?? 0;
    const firstFile = this.index.tags[id] ?? -1;
    context.sink.keep({
      code: 'duplicate-id',
      file: context.file,
      record: this.recordType.name,
      row,
      field: this.recordType.key.join(' + '),
      value: keyText(key),
      params: {
        key: this.recordType.key.join(' + '),
        otherRow: firstFile === context.fileIndex ? firstRow : `${firstRow} of ${this.files[firstFile] ?? 'another file'}`,
      },
    });
  }
}
