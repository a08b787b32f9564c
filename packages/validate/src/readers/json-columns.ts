import type { LeafKind } from './json-cell-text.js';
import { flattenRecord, type RecordFault } from './flatten-record.js';

/**
 * The header of a JSON table: every flattened field met in any record, in first-seen order.
 * KoboToolbox leaves unanswered questions out of a record, so the first record alone is not enough.
 */
export class JsonColumns {
  private readonly indexes = new Map<string, number>();
  private readonly repeatGroups = new Set<string>();

  get header(): string[] {
    return [...this.indexes.keys()];
  }

  /** Columns holding lists of objects, which a flat table cannot show. */
  get listColumns(): string[] {
    return [...this.repeatGroups];
  }

  /** Learns the record's fields; returns why the record is refused, if it is. */
  learn(record: object): RecordFault | undefined {
    return flattenRecord(record, (column: string, _text: string, kind: LeafKind) => {
      if (!this.indexes.has(column)) this.indexes.set(column, this.indexes.size);
      if (kind === 'list-of-objects') this.repeatGroups.add(column);
    });
  }

  /**
   * The record's cells aligned with the header; fields unknown to the header are left out. Every
   * record was learned first, so a fault now means the file changed in between.
   */
  cells(record: object): string[] {
    const cells = new Array<string>(this.indexes.size).fill('');
    const fault = flattenRecord(record, (column, text) => {
      const index = this.indexes.get(column);
      if (index !== undefined) cells[index] = text;
    });
    if (fault !== undefined) throw new Error(`the file changed while it was read (field ${fault.column} is now refused)`);
    return cells;
  }
}
