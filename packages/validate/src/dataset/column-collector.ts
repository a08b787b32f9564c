import type { ColumnMap } from '../columns/column-map.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RowView } from '../rows/row-view.js';
import { fieldReads } from './column-of.js';
import { detachedCopy } from './detached-copy.js';

/**
 * Some fields of every row of one record type, as text exactly as validation read them
 * (whatever the export's shape: group paths, option columns, XLSX, JSON), over all the files
 * holding that record type, in reading order.
 */
export interface CollectedTable {
  readonly recordType: string;
  /** The files read, in order. */
  readonly files: readonly string[];
  /** Rows read, over all files. */
  readonly size: number;
  /** Per field asked for: one text per row ('' where empty or where the file has no such column). */
  readonly columns: ReadonlyMap<string, readonly string[]>;
  /** The file (index into `files`) and row number of each row, for messages. */
  readonly fileOfRow: readonly number[];
  readonly rowNumbers: readonly number[];
  /** Fields asked for that some file has no column for. */
  readonly absent: ReadonlyMap<string, readonly string[]>;
}

interface Builder {
  recordType: string;
  files: string[];
  size: number;
  columns: Map<string, string[]>;
  fileOfRow: number[];
  rowNumbers: number[];
  absent: Map<string, string[]>;
}

/**
 * Keeps the fields analysis asks for while validation reads the rows: one pass, one reading
 * of every column, so `dh analyze` can never estimate from data it reads differently from
 * `dh validate` (docs/architecture.md, principle 8).
 */
export class ColumnCollector {
  private readonly builders = new Map<string, Builder>();

  constructor(private readonly wanted: ReadonlyMap<string, readonly string[]>) {}

  observerFor(map: ColumnMap, context: FileContext): RowObserver | undefined {
    const recordType = map.recordType.name;
    const names = this.wanted.get(recordType);
    if (names === undefined) return undefined;
    let builder = this.builders.get(recordType);
    if (!builder) {
      builder = {
        recordType,
        files: [],
        size: 0,
        columns: new Map(names.map((n) => [n, []])),
        fileOfRow: [],
        rowNumbers: [],
        absent: new Map(),
      };
      this.builders.set(recordType, builder);
    }
    const fileIndex = builder.files.push(context.file) - 1;
    const fields = names.map((name) => {
      const index = map.recordType.fields.findIndex((f) => f.name === name);
      const present = index >= 0 && ((map.fieldColumns[index] ?? -1) >= 0 || map.optionColumns[index] !== undefined);
      if (!present) builder.absent.set(name, [...(builder.absent.get(name) ?? []), context.file]);
      return {
        index: present ? index : -1,
        column: index >= 0 ? (map.fieldColumns[index] ?? -1) : -1,
        values: builder.columns.get(name) ?? [],
      };
    });
    const table = builder;
    return {
      reads: fields.flatMap((field) => (field.index < 0 ? [] : fieldReads(map, field.index))),
      observe: (view: RowView, row: number) => {
        for (const field of fields) field.values.push(field.index < 0 ? '' : detachedCopy(view.answer(field.index, field.column)));
        table.fileOfRow.push(fileIndex);
        table.rowNumbers.push(row);
        table.size++;
      },
    };
  }

  tables(): Map<string, CollectedTable> {
    return new Map([...this.builders].map(([name, b]) => [name, { ...b }]));
  }
}
