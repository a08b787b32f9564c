import { extname } from 'node:path';
import type { TextEncodingName } from './detect-encoding.js';
import { readProblem, type ReadProblem } from './read-problem.js';
import type { Sniff } from './sniff-file.js';
import type { TableFormat } from './table-source.js';
import { xlsxInvalidProblem } from './xlsx-problems.js';

export type FormatChoice =
  { readonly format: 'xlsx' | 'qdpx' } | { readonly format: Exclude<TableFormat, 'xlsx' | 'qdpx'>; readonly encoding: TextEncodingName };

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);
/** Extensions of delimited text tables, read as CSV whatever they hold. */
export const TEXT_TABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.tsv', '.tab', '.txt']);

/**
 * Content decides first (a workbook renamed .csv is still read as a workbook), the extension
 * decides between text formats, and the first character decides when the extension says nothing.
 */
export function chooseFormat(file: string, sniff: Sniff): FormatChoice | ReadProblem {
  const extension = extname(file).toLowerCase();
  // A REFI-QDA project export is a zip too; only its extension tells it from a workbook.
  if (sniff.kind === 'zip') return { format: extension === '.qdpx' ? 'qdpx' : 'xlsx' };
  if (sniff.kind === 'ole2') {
    const reason = 'it is a legacy .xls workbook or a password-protected one';
    return XLSX_EXTENSIONS.has(extension) ? xlsxInvalidProblem(file, reason) : binaryProblem(file, reason);
  }
  if (sniff.kind === 'binary') {
    return XLSX_EXTENSIONS.has(extension)
      ? xlsxInvalidProblem(file, 'it is not a zip archive, as every .xlsx file is')
      : binaryProblem(file, 'it holds binary data, not text');
  }
  if (sniff.kind === 'blank') return blankProblem(file);
  if (XLSX_EXTENSIONS.has(extension)) {
    return xlsxInvalidProblem(file, 'it is a text file (if it holds CSV, rename it to .csv)');
  }
  return { format: textFormat(extension, sniff.sample), encoding: sniff.encoding };
}

function textFormat(extension: string, sample: string): Exclude<TableFormat, 'xlsx' | 'qdpx'> {
  if (NDJSON_EXTENSIONS.has(extension)) return 'ndjson';
  if (TEXT_TABLE_EXTENSIONS.has(extension)) return 'csv';
  const start = sample.trimStart();
  if (start.startsWith('{')) return isLineDelimited(start) ? 'ndjson' : 'json';
  if (start.startsWith('[') || extension === '.json') return 'json';
  return 'csv';
}

/** NDJSON when the first line is a whole object and another line follows; `{` alone opens a pretty-printed document. */
function isLineDelimited(text: string): boolean {
  const end = text.indexOf('\n');
  if (end === -1 || text.slice(end + 1).trim() === '') return false;
  try {
    const first: unknown = JSON.parse(text.slice(0, end));
    return typeof first === 'object' && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}

function binaryProblem(file: string, reason: string): ReadProblem {
  return readProblem({
    code: 'file-binary',
    file,
    message: `${file} cannot be read as a table because ${reason}.`,
    hint: 'Export the data again as "CSV UTF-8" or "Excel Workbook (.xlsx)"; if it is an Excel file, give it the .xlsx extension.',
  });
}

function blankProblem(file: string): ReadProblem {
  return readProblem({
    code: 'file-empty',
    file,
    message: `${file} holds only blank lines or spaces.`,
    hint: 'Export the data again; check that the export finished and was not filtered down to nothing.',
  });
}
