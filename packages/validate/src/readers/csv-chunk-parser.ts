import Papa from 'papaparse';
import type { CsvDelimiter } from './detect-delimiter.js';

export type CsvNewline = '\n' | '\r\n' | '\r';

export interface CsvQuoteError {
  readonly code: 'MissingQuotes' | 'InvalidQuotes';
  readonly message: string;
  /** Index in `records` of the record the error is in. */
  readonly index: number;
}

export interface CsvChunkRecords {
  readonly records: string[][];
  /** Source row number of `records[0]`: the header is row 1, and blank lines count. */
  readonly firstRow: number;
  readonly errors: readonly CsvQuoteError[];
}

interface PapaChunkResult {
  readonly data: string[][];
  readonly errors: readonly { code: string; message: string; row?: number }[];
  readonly meta: { readonly cursor: number };
}

/**
 * Feeds text chunks to papaparse's parser and keeps the unfinished last record for the next
 * chunk (what papaparse's own ChunkStreamer does). Driving it here, rather than through
 * `Papa.parse(stream)`, tells us the row number of every record and lets the reader stop
 * when a record never ends.
 */
export class CsvChunkParser {
  private readonly parser: Papa.Parser;
  private pending = '';
  private nextRow = 1;

  constructor(delimiter: CsvDelimiter, newline: CsvNewline) {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', skipEmptyLines: false });
  }

  /** Row number of the record the next text continues (or starts). */
  get pendingRow(): number {
    return this.nextRow;
  }

  /** Characters held back waiting for their record to end. */
  get pendingLength(): number {
    return this.pending.length;
  }

  parse(text: string, final: boolean): CsvChunkRecords {
    const input = this.pending + text;
    const result = this.parser.parse(input, 0, !final) as PapaChunkResult;
    this.pending = final ? '' : input.slice(result.meta.cursor);
    const firstRow = this.nextRow;
    this.nextRow += result.data.length;
    // Errors in the held-back record come again when it is parsed whole: report them then.
    const errors = result.errors.filter((error) => (error.row ?? 0) < result.data.length).flatMap(quoteError);
    return { records: result.data, firstRow, errors };
  }
}

function quoteError(error: PapaChunkResult['errors'][number]): CsvQuoteError[] {
  if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') return [];
  return [{ code: error.code, message: error.message, index: error.row ?? 0 }];
}
