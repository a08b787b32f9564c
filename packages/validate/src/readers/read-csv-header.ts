import Papa from 'papaparse';
import { encodingFallbackProblem } from './encoding-fallback-problem.js';
import { decodeTextFile } from './decode-text-file.js';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import type { TextEncodingName } from './detect-encoding.js';
import { readProblem, type ReadProblem } from './read-problem.js';

export interface CsvLayout {
  readonly header: string[];
  readonly delimiter: CsvDelimiter;
  /** Set when the header row itself is not valid UTF-8. */
  readonly warnings: ReadProblem[];
}

/** A header longer than this is a quote that never closes, not 40 000 column names. */
const MAX_HEADER_CHARS = 1024 * 1024;

/** Reads only as far as the end of the first record, to learn the header and delimiter (line endings are judged per line). */
export async function readCsvHeader(file: string, encoding: TextEncodingName): Promise<CsvLayout | ReadProblem> {
  let text = '';
  const warnings: ReadProblem[] = [];
  for await (const piece of decodeTextFile(file, encoding)) {
    if (piece.fallback) warnings.push(encodingFallbackProblem(file, 1, piece.fallback));
    text += piece.text;
    const end = findRecordEnd(text);
    // A CR at the very end may be the first half of CRLF: wait for the next piece.
    if (end !== undefined && end < text.length - 1) return layoutFrom(file, text, end, warnings);
    if (text.length > MAX_HEADER_CHARS) return unendingHeaderProblem(file);
  }
  return layoutFrom(file, text, findRecordEnd(text) ?? text.length, warnings);
}

/** Index of the first line break outside quotes. */
export function findRecordEnd(text: string): number | undefined {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return index;
  }
  return undefined;
}

function layoutFrom(file: string, text: string, end: number, warnings: ReadProblem[]): CsvLayout | ReadProblem {
  const headerLine = text.slice(0, end);
  const delimiter = detectDelimiter(headerLine);
  const parsed = Papa.parse<string[]>(headerLine, { delimiter, newline: text[end] === '\r' ? '\r' : '\n', quoteChar: '"' });
  const header = parsed.data[0] ?? [''];
  if (parsed.errors.length > 0) return malformedHeaderProblem(file, parsed.errors[0]?.message ?? '');
  return { header, delimiter, warnings };
}

function malformedHeaderProblem(file: string, detail: string): ReadProblem {
  return readProblem({
    code: 'malformed-csv',
    file,
    row: 1,
    message: `The header row (row 1) has a misplaced double quote: ${detail.toLowerCase()}.`,
    hint: 'Column names need no quotes; if one is quoted, quote it as a whole: "name, given".',
  });
}

function unendingHeaderProblem(file: string): ReadProblem {
  return readProblem({
    code: 'malformed-csv',
    file,
    row: 1,
    message: 'The header row (row 1) does not end within a million characters: a quote opened in it is probably never closed.',
    hint: 'Open the file in a text editor and check the first line: column names separated by commas (or ; or tabs).',
  });
}
