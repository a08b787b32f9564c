import { encodingFallbackProblem } from './encoding-fallback-problem.js';
import { decodeTextFile } from './decode-text-file.js';
import type { TextEncodingName } from './detect-encoding.js';
import { isPlainRecord } from './flatten-record.js';
import { ioProblem } from './io-problem.js';
import { JsonColumns } from './json-columns.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { jsonInvalidProblem, notTableProblem, parserDetail, recordFaultProblem, repeatGroupProblem } from './json-problems.js';
import { describeJson } from './json-table.js';
import { readProblem, type ReadProblem } from './read-problem.js';
import { RowBatchBuilder } from './row-batch-builder.js';
import { safeRowStream } from './safe-row-stream.js';
import { tableFailure, type RowBatch, type TableResult } from './table-source.js';
import { textLines } from './text-lines.js';

/** One submission is kilobytes; a "line" this long means the file is not NDJSON. */
export const MAX_NDJSON_LINE_CHARS = 64 * 1024 * 1024;
const BATCH_ROWS = 1000;

/**
 * NDJSON is read twice, both times one line at a time: a first pass learns the header (the union
 * of all fields, since Kobo leaves unanswered questions out) and refuses unsafe keys and records
 * nested too deep; the rows pass reports broken lines where they are.
 */
export async function openNdjsonTable(file: string, encoding: TextEncodingName): Promise<TableResult> {
  const columns = new JsonColumns();
  for await (const event of textLines(decodeTextFile(file, encoding), MAX_NDJSON_LINE_CHARS)) {
    if (event.kind !== 'line') continue;
    const record = parseLine(event.text);
    if (!isPlainRecord(record)) continue;
    const fault = columns.learn(record);
    if (fault !== undefined) return tableFailure(recordFaultProblem(file, fault, event.line));
  }
  const header = columns.header;
  if (header.length === 0) return tableFailure(notTableProblem(file, 'no line holds a JSON object with fields'));
  const table = {
    file,
    format: 'ndjson' as const,
    header,
    rowUnit: 'line' as const,
    rows: () =>
      safeRowStream(
        () => ndjsonRowBatches(file, encoding, columns),
        (error) => ioProblem(file, error),
      ),
  };
  return { status: 'success', table, warnings: columns.listColumns.map((column) => repeatGroupProblem(file, column)) };
}

async function* ndjsonRowBatches(file: string, encoding: TextEncodingName, columns: JsonColumns): AsyncGenerator<RowBatch> {
  const batch = new RowBatchBuilder(file, columns.header.length);
  for await (const event of textLines(decodeTextFile(file, encoding), MAX_NDJSON_LINE_CHARS)) {
    if (event.kind === 'fallback') batch.addProblem(encodingFallbackProblem(file, event.line, event.fallback, 'line'));
    if (event.kind === 'too-long') {
      batch.addProblem(lineTooLongProblem(file, event.line));
      yield batch.take(true);
      return;
    }
    if (event.kind === 'line' && event.text.trim() !== '') addLine(file, event.line, event.text, columns, batch);
    if (batch.size >= BATCH_ROWS) yield batch.take();
  }
  if (!batch.isEmpty) yield batch.take();
}

function addLine(file: string, line: number, text: string, columns: JsonColumns, batch: RowBatchBuilder): void {
  const record = parseLine(text);
  if (record instanceof SyntaxError) {
    const offset = Math.max(0, jsonErrorOffset(text));
    batch.addProblem(jsonInvalidProblem(file, line, offset + 1, parserDetail(record)));
  } else if (!isPlainRecord(record)) {
    batch.addProblem(notTableProblem(file, `line ${line} holds ${describeJson(record)}, not an object`, line));
  } else {
    batch.addAlignedRow(columns.cells(record), line);
  }
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return error instanceof SyntaxError ? error : new SyntaxError(String(error));
  }
}

function lineTooLongProblem(file: string, line: number): ReadProblem {
  return readProblem({
    code: 'json-invalid',
    file,
    row: line,
    message: `Line ${line} of ${file} runs on for more than ${MAX_NDJSON_LINE_CHARS / 1048576} million characters without a line break; the rest of the file is not read.`,
    hint: 'NDJSON needs one record per line. If this is one JSON array, name the file .json.',
  });
}
