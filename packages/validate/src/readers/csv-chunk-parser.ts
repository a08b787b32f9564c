import Papa from 'papaparse';
import { hasLoneCarriageReturn, normalizeLineBreaks, recordEndAfterQuotes } from './normalize-line-breaks.js';
import type { CsvDelimiter } from './detect-delimiter.js';

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
 * when a record never ends. Line breaks reach papaparse as LF, whatever each line ended with.
 */
export class CsvChunkParser {
  private readonly parser: Papa.Parser;
  private pending = '';
  /** A CR that ended a chunk: it waits to learn whether an LF follows, or it would count as a blank row. */
  private heldReturn = '';
  private nextRow = 1;

  constructor(private readonly delimiter: CsvDelimiter) {
    this.parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
  }

  /** Row number of the record the next text continues (or starts). */
  get pendingRow(): number {
    return this.nextRow;
  }

  /** Characters held back waiting for their record to end. */
  get pendingLength(): number {
    return this.pending.length + this.heldReturn.length;
  }

  parse(chunk: string, final: boolean): CsvChunkRecords {
    let text = this.heldReturn + chunk;
    this.heldReturn = !final && text.endsWith('\r') ? '\r' : '';
    if (this.heldReturn !== '') text = text.slice(0, -1);
    // Pending text begins a record, as normalizing needs; LF and CRLF text is left alone (the usual, fast case).
    const input = hasLoneCarriageReturn(text) ? normalizeLineBreaks(this.pending + text, this.delimiter) : this.pending + text;
    const result = parseInRuns(this.parser, input, !final, this.delimiter);
    this.pending = final ? '' : input.slice(result.meta.cursor);
    for (const record of result.data) trimLineEndReturn(record);
    const firstRow = this.nextRow;
    this.nextRow += result.data.length;
    // Errors in the held-back record come again when it is parsed whole: report them then.
    const errors = result.errors.filter((error) => (error.row ?? 0) < result.data.length).flatMap(quoteError);
    return { records: result.data, firstRow, errors };
  }
}

/**
 * papaparse's result for `input`, parsed in runs cut at record ends: the lines up to a line that
 * holds a quote, then the record that holds it. papaparse splits a run with no quote natively
 * (its fast path, about twice as quick), and it parses each record afresh, so the runs give what
 * one call gives; a test holds the two to each other on random text.
 */
export function parseInRuns(parser: Papa.Parser, input: string, ignoreLastRow: boolean, delimiter: string): PapaChunkResult {
  let quote = input.indexOf('"');
  if (quote === -1) return parser.parse(input, 0, ignoreLastRow) as PapaChunkResult;
  const data: string[][] = [];
  const errors: PapaChunkResult['errors'][number][] = [];
  const add = (result: PapaChunkResult) => {
    for (const error of result.errors) errors.push(error.row === undefined ? error : { ...error, row: error.row + data.length });
    for (const record of result.data) data.push(record);
  };
  let at = 0;
  while (quote !== -1) {
    const lineStart = input.lastIndexOf('\n', quote) + 1;
    if (lineStart > at) {
      add(parser.parse(input.slice(at, lineStart), 0, true) as PapaChunkResult);
      at = lineStart;
    }
    const end = quotedRecordsEnd(input, at, delimiter);
    if (end === -1) break;
    add(parser.parse(input.slice(at, end), 0, true) as PapaChunkResult);
    at = end;
    quote = input.indexOf('"', at);
  }
  // Text ending in a line break ends in an empty record, unless the last record is held back.
  const rest: PapaChunkResult =
    at === input.length
      ? { data: ignoreLastRow ? [] : [['']], errors: [], meta: { cursor: 0 } }
      : (parser.parse(input.slice(at), 0, ignoreLastRow) as PapaChunkResult);
  add(rest);
  return { data, errors, meta: { cursor: at + rest.meta.cursor } };
}

/** Records holding quotes read in one call, at most: past that, the text is quoted throughout (some exports quote every value) and one call reads it best. */
const QUOTED_RECORDS = 64;

/**
 * Index just after the records from `start` that hold quotes, up to the next line without one;
 * -1 when they do not end in `input`, or run on past `QUOTED_RECORDS`.
 */
function quotedRecordsEnd(input: string, start: number, delimiter: string): number {
  let end = start;
  for (let records = 0; records < QUOTED_RECORDS; records++) {
    end = recordEndAfterQuotes(input, end, delimiter);
    if (end === -1) return -1;
    const quote = input.indexOf('"', end);
    const lf = input.indexOf('\n', end);
    if (quote === -1 || lf === -1 || lf < quote) return end;
  }
  return -1;
}

/**
 * The CR of a CRLF line end stays on an unquoted last cell when papaparse reads LF (after a closing
 * quote papaparse drops it). A quoted last value that itself ends in a CR would lose it too; no
 * export writes one, and a stray CR is what made numbers fail as text.
 */
function trimLineEndReturn(record: string[]): void {
  const last = record.length - 1;
  const cell = record[last];
  if (cell !== undefined && cell.charCodeAt(cell.length - 1) === 0x0d) record[last] = cell.slice(0, -1);
}

function quoteError(error: PapaChunkResult['errors'][number]): CsvQuoteError[] {
  if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') return [];
  return [{ code: error.code, message: error.message, index: error.row ?? 0 }];
}
