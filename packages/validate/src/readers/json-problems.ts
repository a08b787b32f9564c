import type { RecordFault } from './flatten-record.js';
import { lineAndColumn } from './json-error-offset.js';
import { MAX_JSON_DEPTH } from './nesting-depth.js';
import { readProblem, type ReadProblem } from './read-problem.js';

export function jsonInvalidProblem(file: string, line: number, column: number, detail: string): ReadProblem {
  return readProblem({
    code: 'json-invalid',
    file,
    row: line,
    message: `${file} is not valid JSON at line ${line}, column ${column}${detail === '' ? '' : ` (${detail})`}.`,
    hint: 'Look for a missing comma or quote, or a trailing comma, just before that point; re-export the file if it was edited by hand.',
  });
}

/** JSON.parse's own words, without the position (we give a better one) or a copy of the data. */
export function parserDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  return message
    .replace(/, ".*$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
}

export function jsonInvalidAt(file: string, text: string, offset: number, error: unknown): ReadProblem {
  const { line, column } = lineAndColumn(text, offset);
  return jsonInvalidProblem(file, line, column, parserDetail(error));
}

export function notTableProblem(file: string, found: string, row?: number): ReadProblem {
  return readProblem({
    code: 'json-not-table',
    file,
    row,
    message: `${file} is not a table of records: ${found}.`,
    hint: 'Give a JSON array of objects ([{"name": "…"}, …]) or NDJSON (one object per line), as exported by ODK Central or KoboToolbox.',
  });
}

export function wrappedRecordsProblem(file: string, key: string): ReadProblem {
  return readProblem({
    code: 'json-not-table',
    file,
    message: `${file} is one JSON object whose records are inside its "${key}" field (an API response), not a table of records.`,
    hint: `Save only the "${key}" array to a file, or download the CSV export instead.`,
  });
}

export function repeatGroupProblem(file: string, column: string): ReadProblem {
  return readProblem({
    code: 'json-not-table',
    severity: 'warning',
    file,
    column,
    message: `Column ${column} holds lists of objects (a repeat group); its cells are kept as JSON text.`,
    hint: 'Validate repeat groups from their own export (ODK and Kobo export each repeat as a separate table).',
  });
}

export function unsafeKeyProblem(file: string, column: string, row: number): ReadProblem {
  return readProblem({
    code: 'json-unsafe-key',
    file,
    row,
    column,
    message: `${file} uses the key "${column}" (line ${row}); keys named __proto__, constructor or prototype are refused for safety.`,
    hint: 'Rename that field in the form or the export; no real survey question uses these names.',
  });
}

/** A record refused while its fields are learned; `row` is in the table's unit (a line, or a record of compact JSON). */
export function recordFaultProblem(file: string, fault: RecordFault, row: number, unit: 'line' | 'record' = 'line'): ReadProblem {
  return fault.kind === 'unsafe-key'
    ? unsafeKeyProblem(file, fault.column, row)
    : tooDeepProblem(file, fault.column, `${unit} ${row}`, row);
}

function tooDeepProblem(file: string, column: string, where: string, row: number): ReadProblem {
  // A hostile key may be very long; the start is enough to find it.
  const field = column.length > 80 ? `${column.slice(0, 80)}…` : column;
  return readProblem({
    code: 'json-invalid',
    file,
    row,
    message: `The record at ${where} of ${file} nests lists or objects more than ${MAX_JSON_DEPTH} levels deep (field ${field}); no survey export does, so the file is not read.`,
    hint: 'Export the data again from ODK Central or KoboToolbox; if a script wrote the file, store that value as text or flatten it.',
  });
}

export function tooLargeForJsonProblem(file: string, size: number, limit: number): ReadProblem {
  return readProblem({
    code: 'file-too-large',
    file,
    message: `${file} is ${Math.round(size / 1048576)} MB, too large to read as one JSON array (limit ${Math.round(limit / 1048576)} MB).`,
    hint: 'Export the data as NDJSON (one record per line, streamed at any size) or as CSV.',
  });
}
