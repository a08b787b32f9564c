import type { CodingFrame } from '@dh/core';
import type { RowSelection } from './csv-chunk-parser.js';
import type { ReadProblem } from './read-problem.js';

export type TableFormat = 'csv' | 'xlsx' | 'json' | 'ndjson' | 'qdpx';

/**
 * What a row number means, so a message can say "row 12" or "line 12":
 * - `row`: spreadsheet row (CSV record or XLSX row; the header is row 1);
 * - `line`: text line where the record starts (NDJSON, pretty-printed JSON);
 * - `record`: position in a JSON array whose records share lines (1 = first record).
 */
export type RowUnit = 'row' | 'line' | 'record';

/** Rows arrive in batches so per-row work stays a tight loop and memory stays flat. */
export interface RowBatch {
  /**
   * Cells exactly as in the file ('' when empty), always `header.length` long, but for the rows a
   * `RowSelection` did not want: none at all (`UNSPLIT_ROW`: its cells are not read), or the cells
   * it reads, '' in the others up to the last of them (`cellsRead`: a row of the header's width;
   * the reader counted the rest).
   */
  readonly rows: readonly string[][];
  /** Source row number of each row, same index as `rows`. */
  readonly rowNumbers: readonly number[];
  /** Problems found while reading these rows (ragged rows, malformed quotes, encoding). */
  readonly problems: readonly ReadProblem[];
  /** True when a problem ended the reading early: no batch follows and the rest of the file is unread. */
  readonly stopped: boolean;
}

export interface TableSource {
  readonly file: string;
  readonly format: TableFormat;
  readonly header: readonly string[];
  readonly rowUnit: RowUnit;
  /**
   * Streams the data rows (not the header); each call reads the file again from the start. A CSV
   * file's reader splits only the rows `selection` wants into cells (the others read no further than
   * where they end); every other format ignores it.
   */
  rows(selection?: RowSelection): AsyncIterable<RowBatch>;
}

export interface OpenTableOptions {
  /** XLSX only: the sheet to read; the first sheet when absent. */
  readonly sheet?: string;
  /** Refuse files larger than this many bytes. */
  readonly maxBytes?: number;
  /** The activity's coding frames: a REFI-QDA project (.qdpx) is read into the coded segments they declare. */
  readonly codingFrames?: readonly CodingFrame[];
}

export type TableResult =
  | { readonly status: 'failure'; readonly problem: ReadProblem }
  | { readonly status: 'success'; readonly table: TableSource; readonly warnings: readonly ReadProblem[] };

export function tableFailure(problem: ReadProblem): TableResult {
  return { status: 'failure', problem };
}
