import Papa from 'papaparse';
import { hasLoneCarriageReturn, normalizeLineBreaks, recordEndAfterQuotes } from './normalize-line-breaks.js';
import type { CsvDelimiter } from './detect-delimiter.js';
import { splitQuotedRecords, SplitMode, UNSPLIT_ROW, type RecordSplitting } from './quoted-records.js';

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
  /** Indices in `records` of rows that hold only the cells read (`RowSelection.cellsRead`), in order. */
  readonly partial: readonly number[];
}

/**
 * Which data rows a reader splits into cells. A thread that checks only some blocks of a file's
 * rows (threads/check-rows.ts) still reads every row, to know where each starts, but splitting the
 * others' rows into cells is the reader's largest cost: they come as `UNSPLIT_ROW`.
 */
export interface RowSelection {
  /**
   * Whether the data row with this ordinal (0: the first row after the header; blank lines do not
   * count) is split. Asked in order, of the rows the reader splits itself: lines without quotes, and
   * quoted records written as exports write them; a record papaparse parses (stray quotes) is always split.
   */
  wants(ordinal: number): boolean;
  /**
   * Of a row not wanted, the columns to read nonetheless (ascending); its other cells are only
   * counted: a row of the header's width comes with these cells, and '' in the others up to the
   * last of them (`CsvChunkRecords.partial`), any other row whole, to be reported as ragged.
   * Undefined: a row not wanted is not even counted (`UNSPLIT_ROW`), for a reader that reports
   * nothing of the rows it does not check.
   */
  readonly cellsRead?: readonly number[];
}

export { UNSPLIT_ROW };

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

  private readonly tally: RowTally | undefined;

  /** `width`: the header's cells, which a row split only in part must have (`RowSelection.cellsRead`). */
  constructor(
    private readonly delimiter: CsvDelimiter,
    selection?: RowSelection,
    width = 0,
  ) {
    this.tally = selection && new RowTally(selection, width);
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
    const result = parseInRuns(this.parser, input, !final, this.delimiter, this.tally);
    this.pending = final ? '' : input.slice(result.meta.cursor);
    for (const record of result.data) trimLineEndReturn(record);
    const firstRow = this.nextRow;
    this.nextRow += result.data.length;
    // Errors in the held-back record come again when it is parsed whole: report them then.
    const errors = result.errors.filter((error) => (error.row ?? 0) < result.data.length).flatMap(quoteError);
    return { records: result.data, firstRow, errors, partial: this.tally?.takePartial() ?? [] };
  }
}

/**
 * papaparse's result for `input`, parsed in runs cut at record ends: the lines up to a line that
 * holds a quote, then the record that holds it. A run with no quote is split here as papaparse's
 * fast path splits it (lines at LF, cells at the delimiter), the rows a `tally`'s selection does
 * not want left unsplit; papaparse parses each quoted record afresh. The runs give what one call
 * gives: a test holds the two to each other on random text.
 */
export function parseInRuns(
  parser: Papa.Parser,
  input: string,
  ignoreLastRow: boolean,
  delimiter: string,
  tally?: RowTally,
): PapaChunkResult {
  const data: string[][] = [];
  let quote = input.indexOf('"');
  if (quote === -1)
    return { data, errors: [], meta: { cursor: splitPlainLines(input, 0, input.length, ignoreLastRow, delimiter, tally, data) } };
  const errors: PapaChunkResult['errors'][number][] = [];
  let at = 0;
  while (quote !== -1) {
    const lineStart = input.lastIndexOf('\n', quote) + 1;
    if (lineStart > at) at += splitPlainLines(input, at, lineStart, true, delimiter, tally, data);
    const end = quotedRecordsEnd(input, at, delimiter);
    if (end === -1) break;
    at += quotedRun(parser, input, at, end, true, delimiter, tally, data, errors);
    quote = input.indexOf('"', at);
  }
  // Text ending in a line break ends in an empty record, unless the last record is held back.
  if (at === input.length) {
    if (!ignoreLastRow) {
      tally?.count(EMPTY_RECORD);
      data.push(['']);
    }
    return { data, errors, meta: { cursor: at } };
  }
  if (quote === -1)
    return { data, errors, meta: { cursor: at + splitPlainLines(input, at, input.length, ignoreLastRow, delimiter, tally, data) } };
  return { data, errors, meta: { cursor: at + quotedRun(parser, input, at, input.length, ignoreLastRow, delimiter, tally, data, errors) } };
}

const EMPTY_RECORD: readonly string[] = [''];

/**
 * The records holding quotes from `from` to `to`, added to `data`: split here while written as
 * exports write them, the rest parsed by papaparse (its errors added to `errors`, by record).
 * Returns how much of the text was used.
 */
function quotedRun(
  parser: Papa.Parser,
  input: string,
  from: number,
  to: number,
  ignoreLastRow: boolean,
  delimiter: string,
  tally: RowTally | undefined,
  data: string[][],
  errors: PapaChunkResult['errors'][number][],
): number {
  const split = splitQuotedRecords(input, from, to, ignoreLastRow, delimiter, data, tally);
  if (split.complete) return split.cursor;
  const rest = from + split.cursor;
  const result = parser.parse(to === input.length ? input.slice(rest) : input.slice(rest, to), 0, ignoreLastRow) as PapaChunkResult;
  for (const error of result.errors) errors.push(error.row === undefined ? error : { ...error, row: error.row + data.length });
  for (const record of result.data) {
    tally?.count(record);
    data.push(record);
  }
  return split.cursor + result.meta.cursor;
}

/**
 * Splits `input` from `from` to `to`, text without quotes, into records as papaparse's fast path
 * does: at each LF a record, at each delimiter a cell (a CR before the LF stays on the last cell);
 * no text, no record. With `ignoreLastRow` the text after the last LF is left for the next chunk.
 * Returns how much of the text was used.
 */
function splitPlainLines(
  input: string,
  from: number,
  to: number,
  ignoreLastRow: boolean,
  delimiter: string,
  tally: RowTally | undefined,
  data: string[][],
): number {
  if (from === to) return 0;
  for (let start = from; ;) {
    let end = input.indexOf('\n', start);
    const last = end === -1 || end >= to;
    if (last) {
      if (ignoreLastRow) return start - from;
      end = to;
    }
    if (tally === undefined) data.push(input.slice(start, end).split(delimiter));
    else tally.line(input, start, end, delimiter, data);
    if (last) return to - from;
    start = end + 1;
  }
}

/** Counts the records read, to give each data row its ordinal, and splits the rows its selection wants. */
export class RowTally implements RecordSplitting {
  /** Records read, the header included. */
  private records = 0;
  private dataRows = 0;
  /** Per column, whether a row not wanted has it read: undefined when such rows are split whole, or not at all (`UNSPLIT_ROW`). */
  readonly read: Uint8Array | undefined;
  /** Rows not wanted are split whole: most of their cells are read. */
  private readonly whole: boolean;
  /** The last column read of a row not wanted (-1: none, its cells are only counted). */
  readonly lastRead: number = -1;
  /** A row of '' up to `lastRead`: what a row split in part starts from. */
  private readonly blank: readonly string[] = [];
  /** Indices in the parse's records of the rows split only in part, since `takePartial`. */
  private partial: number[] = [];

  /** `width`: the cells of the header. */
  constructor(
    private readonly selection: RowSelection,
    readonly width: number,
  ) {
    const columns = selection.cellsRead;
    // Walking the cells one by one pays only when it leaves most of them unmade.
    this.whole = columns !== undefined && columns.length * 2 >= width;
    if (columns !== undefined && !this.whole) {
      this.read = new Uint8Array(width);
      for (const column of columns) if (column < width) this.read[column] = 1;
      this.lastRead = this.read.lastIndexOf(1);
      this.blank = Array.from({ length: this.lastRead + 1 }, () => '');
    }
  }

  /** The rows split only in part since the last call, by index in that parse's records. */
  takePartial(): number[] {
    const partial = this.partial;
    this.partial = [];
    return partial;
  }

  notePartial(index: number): void {
    this.partial.push(index);
  }

  partialRow(): string[] {
    return this.blank.slice();
  }

  /** A record papaparse parsed (always split whole). */
  count(record: readonly string[]): void {
    if (this.records++ > 0 && !isBlankRecord(record)) this.dataRows++;
  }

  /** How the next record is split: the header, blank lines and the rows wanted whole; others not at all, or in part. */
  modeOf(blank: boolean): SplitMode {
    if (this.records++ === 0 || blank || this.selection.wants(this.dataRows++) || this.whole) return SplitMode.Whole;
    return this.read === undefined ? SplitMode.None : SplitMode.Read;
  }

  /** Adds the record of a quote-free line, from `start` to `end` (its LF excluded): split, in part, or `UNSPLIT_ROW`. */
  line(input: string, start: number, end: number, delimiter: string, data: string[][]): void {
    const length = end - start;
    const mode = this.modeOf(length === 0 || (length === 1 && input.charCodeAt(start) === 0x0d));
    if (mode === SplitMode.Whole) {
      data.push(input.slice(start, end).split(delimiter));
    } else if (mode === SplitMode.None) {
      data.push(UNSPLIT_ROW);
    } else {
      const cells = cellsReadOf(input, start, end, delimiter, this.read as Uint8Array, this.blank);
      if (cells !== undefined) this.partial.push(data.length);
      data.push(cells ?? input.slice(start, end).split(delimiter));
    }
  }
}

/**
 * The cells of the line from `start` to `end` in the columns `read` marks, '' in the others up to
 * `last`, the last marked (the rest are counted, not made), when the line has `read.length` cells in all;
 * undefined when it has another number of cells.
 */
function cellsReadOf(
  input: string,
  start: number,
  end: number,
  delimiter: string,
  read: Uint8Array,
  blank: readonly string[],
): string[] | undefined {
  // Copying a row of '' and setting the few cells read costs less than pushing every one (the survey's child file: 9 of 93).
  const cells = blank.slice();
  const last = blank.length - 1;
  const width = read.length;
  let at = start;
  let column = 0;
  for (; column <= last; column++) {
    const next = input.indexOf(delimiter, at);
    const stop = next === -1 || next >= end ? end : next;
    if (read[column] === 1) cells[column] = input.slice(at, stop);
    if (stop === end) return column === width - 1 ? cells : undefined;
    at = next + 1;
  }
  // Past the last cell read: the delimiters left are counted.
  let seen = column;
  for (let next = input.indexOf(delimiter, at); next !== -1 && next < end; next = input.indexOf(delimiter, next + 1)) seen++;
  return seen === width - 1 ? cells : undefined;
}

/** A record of one empty cell: a blank line (its CR is trimmed later), not a data row. */
function isBlankRecord(record: readonly string[]): boolean {
  const cell = record[0];
  return record.length === 1 && (cell === '' || cell === '\r');
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
