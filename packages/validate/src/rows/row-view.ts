import type { RecordValues } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';

/**
 * One reusable record over the current row, for the core expression evaluator: reading
 * `view.record.age` returns the cell under the `age` column. No object is built per row
 * (docs/development.md); expressions see answers exactly as the tablet wrote them, as text.
 */
export class RowView {
  cells: readonly string[] = [];
  /** Answers rebuilt from 0/1 option columns, per field index, for the current row. */
  readonly rebuilt: string[];
  readonly record: RecordValues;

  constructor(map: ColumnMap) {
    const fields = map.recordType.fields;
    this.rebuilt = fields.map(() => '');
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    fields.forEach((field, index) => {
      const column = map.fieldColumns[index] ?? -1;
      const get = column >= 0 ? () => this.cells[column] : map.optionColumns[index] !== undefined ? () => this.rebuilt[index] : () => '';
      Object.defineProperty(record, field.name, { get, enumerable: true });
    });
    this.record = record;
  }

  /** The answer to field `index` in the current row ('' when absent). */
  answer(index: number, column: number): string {
    return column >= 0 ? (this.cells[column] ?? '') : (this.rebuilt[index] ?? '');
  }
}
