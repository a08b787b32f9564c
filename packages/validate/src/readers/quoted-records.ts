const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** How a record is split: into all its cells, not at all (`UNSPLIT_ROW`), or into the cells a row selection reads. */
export const enum SplitMode {
  Whole,
  None,
  Read,
}

/** Which records are split, and how far (the reader's `RowTally`). */
export interface RecordSplitting {
  /** Of the next record, blank or not: how it is split. Asked once per record, in order. */
  modeOf(blank: boolean): SplitMode;
  /** For `SplitMode.Read`: the cells of the header, the columns read (1), and the last of them (-1: none). */
  readonly width: number;
  readonly read: Uint8Array | undefined;
  readonly lastRead: number;
  /** A record at this index of the records was split only in part. */
  notePartial(index: number): void;
  /** A fresh row of '' up to `lastRead`, for a record split in part. */
  partialRow(): string[];
}

/** The cells of a record not split (the record is counted, not read). */
export const UNSPLIT_ROW: string[] = Object.freeze([]) as unknown as string[];

/** How far `splitQuotedRecords` went. */
export interface QuotedSplit {
  /** Where it stopped, relative to `from`: the end of the text, the start of a record held back, or of one left to papaparse. */
  readonly cursor: number;
  /** False when it stopped at a record not written as exports write them: the text from `cursor` is papaparse's. */
  readonly complete: boolean;
}

/**
 * Splits the records of `input` from `from` (a record's start) to `to` into `data` as one papaparse
 * call over that text splits them (LF line breaks, `"` quotes doubled inside quoted values), while
 * they are written as exports write them: every quote opens a value (at a record's start or after a
 * delimiter) or closes one, right before a delimiter, a line break (LF, or CRLF, whose CR papaparse
 * drops) or the end. At a record written otherwise (a stray quote, text or spaces after a closing
 * quote, a value never closed while the last record is wanted) it stops: papaparse reads the rest
 * and says what is wrong. With `ignoreLastRow` a last record not ended by a line break is held back.
 * Text ending in a line break ends in an empty record, unless held back (papaparse's rule).
 *
 * Each record is first walked to its end, then split as `splitting` says (a thread that does not
 * check a row makes none of its cells). Exports that quote every value (KoboToolbox's, Excel's)
 * would otherwise go through papaparse's character loop, three times slower, every cell made.
 */
export function splitQuotedRecords(
  input: string,
  from: number,
  to: number,
  ignoreLastRow: boolean,
  delimiter: string,
  data: string[][],
  splitting?: RecordSplitting,
): QuotedSplit {
  if (from >= to) return { cursor: 0, complete: true };
  const walker = new RecordWalker(input, from, to, delimiter);
  for (let at = from; ;) {
    const end = walker.walk(at);
    if (end === IRREGULAR || (end === UNTERMINATED && !ignoreLastRow)) return { cursor: at - from, complete: false };
    const lastRecord = end < 0;
    if (lastRecord && ignoreLastRow) return { cursor: at - from, complete: true };
    data.push(splitRecord(input, at, to, walker.cells, delimiter, data.length, splitting));
    if (lastRecord) return { cursor: to - from, complete: true };
    if (end >= to) {
      if (!ignoreLastRow) {
        splitting?.modeOf(true);
        data.push(['']);
      }
      return { cursor: to - from, complete: true };
    }
    at = end;
  }
}

/** `RecordWalker.walk`: the record runs on past the text (a value not closed), or is written otherwise than exports write. */
const UNTERMINATED = -2;
const IRREGULAR = -3;
/** The record ends with the text, with no line break. */
const ENDS_WITH_TEXT = -1;

/** Finds where each record ends, and how many cells it has, making no string. */
class RecordWalker {
  /** Cells of the record last walked. */
  cells = 0;
  private readonly separator: number;
  private nextSeparator: number;
  private nextLf: number;
  private nextQuote: number;

  constructor(
    private readonly input: string,
    from: number,
    private readonly to: number,
    private readonly delimiter: string,
  ) {
    this.separator = delimiter.charCodeAt(0);
    // The next of each from where the walk is, found again once it is passed (-1: there is none further).
    this.nextSeparator = input.indexOf(delimiter, from);
    this.nextLf = input.indexOf('\n', from);
    this.nextQuote = input.indexOf('"', from);
  }

  /** The index after the line break ending the record at `at`, or ENDS_WITH_TEXT, UNTERMINATED, IRREGULAR. */
  walk(at: number): number {
    const { input, to } = this;
    this.cells = 0;
    for (let i = at; ;) {
      this.cells++;
      if (i < to && input.charCodeAt(i) === QUOTE) {
        const close = closingQuote(input, i, to);
        if (close === -1) return UNTERMINATED;
        i = close + 1;
        if (i >= to) return ENDS_WITH_TEXT;
        const next = input.charCodeAt(i);
        if (next === this.separator) {
          i++;
          continue;
        }
        if (next === LF) return i + 1;
        if (next === CR && i + 1 < to && input.charCodeAt(i + 1) === LF) return i + 2;
        return IRREGULAR;
      }
      if (this.nextSeparator !== -1 && this.nextSeparator < i) this.nextSeparator = input.indexOf(this.delimiter, i);
      if (this.nextLf !== -1 && this.nextLf < i) this.nextLf = input.indexOf('\n', i);
      if (this.nextQuote !== -1 && this.nextQuote < i) this.nextQuote = input.indexOf('"', i);
      const lineEnd = this.nextLf === -1 || this.nextLf >= to ? to : this.nextLf;
      const endsValue = this.nextSeparator !== -1 && this.nextSeparator < lineEnd;
      const stop = endsValue ? this.nextSeparator : lineEnd;
      if (this.nextQuote !== -1 && this.nextQuote < stop) return IRREGULAR;
      if (endsValue) {
        i = stop + 1;
        continue;
      }
      return stop >= to ? ENDS_WITH_TEXT : stop + 1;
    }
  }
}

/** The quote closing the value opened at `open` (a doubled quote is part of the value), or -1 when none does before `to`. */
function closingQuote(input: string, open: number, to: number): number {
  let search = open + 1;
  for (;;) {
    const quote = input.indexOf('"', search);
    if (quote === -1 || quote >= to) return -1;
    if (quote + 1 < to && input.charCodeAt(quote + 1) === QUOTE) {
      search = quote + 2;
      continue;
    }
    return quote;
  }
}

/** The cells of the record at `at`, walked already (`cells` of them), as `splitting` says: whole, in part, or none. */
function splitRecord(
  input: string,
  at: number,
  to: number,
  cells: number,
  delimiter: string,
  index: number,
  splitting: RecordSplitting | undefined,
): string[] {
  const whole = () => recordCells(input, at, to, cells, delimiter, undefined, cells - 1);
  if (splitting === undefined) return whole();
  // A record of one empty cell is a blank line, not a data row: its one cell is made to tell.
  const single = cells === 1 ? whole() : undefined;
  const mode = splitting.modeOf(single !== undefined && isBlankCell(single[0] ?? ''));
  if (mode === SplitMode.None) return UNSPLIT_ROW;
  if (single !== undefined) return single;
  if (mode === SplitMode.Read && cells === splitting.width) {
    splitting.notePartial(index);
    return recordCells(input, at, to, cells, delimiter, splitting.read, splitting.lastRead, splitting.partialRow());
  }
  return whole();
}

function isBlankCell(cell: string): boolean {
  return cell === '' || cell === '\r';
}

/**
 * The cells of a walked record up to `last`: all, or those `read` marks, set in `values` (a row of
 * '' up to `last`).
 * The record is regular, so each value ends at a delimiter or at its line's end.
 */
function recordCells(
  input: string,
  at: number,
  to: number,
  cells: number,
  delimiter: string,
  read: Uint8Array | undefined,
  last: number,
  values: string[] = [],
): string[] {
  let i = at;
  for (let column = 0; column <= last && column < cells; column++) {
    const wanted = read === undefined || read[column] === 1;
    if (input.charCodeAt(i) === QUOTE) {
      // Closed, as the walk found: doubled quotes inside stand for one.
      let close = i + 1;
      let value = '';
      let start = i + 1;
      for (;;) {
        close = input.indexOf('"', close);
        if (close + 1 < to && input.charCodeAt(close + 1) === QUOTE) {
          if (wanted) value += input.slice(start, close + 1);
          close += 2;
          start = close;
          continue;
        }
        break;
      }
      if (wanted) values[column] = value === '' ? input.slice(start, close) : value + input.slice(start, close);
      i = close + 2;
      continue;
    }
    const stop = column === cells - 1 ? lineEnd(input, i, to) : input.indexOf(delimiter, i);
    if (wanted) values[column] = input.slice(i, stop);
    i = stop + 1;
  }
  return values;
}

/** Where the line from `i` ends: its LF, or the end of the text (`to`). */
function lineEnd(input: string, i: number, to: number): number {
  const lf = input.indexOf('\n', i);
  return lf === -1 || lf >= to ? to : lf;
}
