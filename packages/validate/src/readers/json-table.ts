import { isPlainRecord } from './flatten-record.js';
import { describeError } from './io-problem.js';
import { JsonColumns } from './json-columns.js';
import { notTableProblem, recordFaultProblem, repeatGroupProblem, tooLargeForJsonProblem, wrappedRecordsProblem } from './json-problems.js';
import type { TextEncodingName } from './detect-encoding.js';
import { loadJsonDocument } from './load-json-document.js';
import { readProblem, type ReadProblem } from './read-problem.js';
import { RowBatchBuilder } from './row-batch-builder.js';
import { safeRowStream } from './safe-row-stream.js';
import { tableFailure, type RowBatch, type RowUnit, type TableResult } from './table-source.js';

/** A JSON array is parsed whole; past this size the heap of a laptop is at risk, and NDJSON streams. */
export const MAX_JSON_ARRAY_BYTES = 256 * 1024 * 1024;
const BATCH_ROWS = 1000;

interface JsonTable {
  readonly records: readonly object[];
  readonly rowNumbers: readonly number[];
  readonly rowUnit: RowUnit;
  readonly columns: JsonColumns;
  readonly warnings: ReadProblem[];
}

export async function openJsonTable(file: string, encoding: TextEncodingName, size: number): Promise<TableResult> {
  if (size > MAX_JSON_ARRAY_BYTES) return tableFailure(tooLargeForJsonProblem(file, size, MAX_JSON_ARRAY_BYTES));
  const loaded = await loadJsonTable(file, encoding);
  if (!('records' in loaded)) return tableFailure(loaded);
  const header = loaded.columns.header;
  if (header.length === 0) return tableFailure(noRecordsProblem(file));
  const table = {
    file,
    format: 'json' as const,
    header,
    rowUnit: loaded.rowUnit,
    // Parsed again per pass rather than kept: an idle table should not pin a large document in memory.
    rows: () =>
      safeRowStream(
        () => jsonRowBatches(file, encoding, header.length),
        (error) => readFailed(file, error),
      ),
  };
  const listWarnings = loaded.columns.listColumns.map((column) => repeatGroupProblem(file, column));
  return { status: 'success', table, warnings: [...loaded.warnings, ...listWarnings] };
}

async function loadJsonTable(file: string, encoding: TextEncodingName): Promise<JsonTable | ReadProblem> {
  const document = await loadJsonDocument(file, encoding);
  if (!('value' in document)) return document;
  const { value, elementLines } = document;
  if (!Array.isArray(value)) return topLevelProblem(file, value);
  // Compact JSON puts many records on one line: then the record's position is the better pointer.
  const byLine = elementLines.every((line, index) => index === 0 || line > (elementLines[index - 1] ?? 0));
  const rowNumbers = byLine ? elementLines : value.map((_record, index) => index + 1);
  const columns = new JsonColumns();
  for (const [index, record] of value.entries()) {
    const row = rowNumbers[index] ?? index + 1;
    if (!isPlainRecord(record))
      return notTableProblem(file, `element ${index + 1} of the array is ${describeJson(record)}, not an object`, row);
    const fault = columns.learn(record);
    if (fault !== undefined) return recordFaultProblem(file, fault, row, byLine ? 'line' : 'record');
  }
  return { records: value as object[], rowNumbers, rowUnit: byLine ? 'line' : 'record', columns, warnings: document.warnings };
}

async function* jsonRowBatches(file: string, encoding: TextEncodingName, width: number): AsyncGenerator<RowBatch> {
  const loaded = await loadJsonTable(file, encoding);
  if (!('records' in loaded)) throw new Error(loaded.message);
  const batch = new RowBatchBuilder(file, width);
  for (const [index, record] of loaded.records.entries()) {
    batch.addAlignedRow(loaded.columns.cells(record), loaded.rowNumbers[index] ?? index + 1);
    if (batch.size >= BATCH_ROWS) yield batch.take();
  }
  if (!batch.isEmpty) yield batch.take();
}

function topLevelProblem(file: string, value: unknown): ReadProblem {
  if (isPlainRecord(value)) {
    const key = ['results', 'value', 'data'].find((name) => Array.isArray(Object.getOwnPropertyDescriptor(value, name)?.value));
    if (key !== undefined) return wrappedRecordsProblem(file, key);
  }
  return notTableProblem(file, `the file holds ${describeJson(value)} instead of an array of objects`);
}

export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'a single object';
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

function noRecordsProblem(file: string): ReadProblem {
  return readProblem({
    code: 'file-empty',
    file,
    message: `${file} holds no records (an empty array, or only empty objects).`,
    hint: 'Export the submissions again; check that the export was not filtered down to nothing.',
  });
}

function readFailed(file: string, error: unknown): ReadProblem {
  return readProblem({
    code: 'json-invalid',
    file,
    message: `${file} could not be read again: ${describeError(error)}`,
    hint: 'The file changed while it was being validated: run the validation again.',
  });
}
