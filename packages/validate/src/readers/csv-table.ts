import { CsvChunkParser, UNSPLIT_ROW, type RowSelection } from './csv-chunk-parser.js';
import { invalidQuoteProblem, overlongRecordProblem, unterminatedQuoteProblem } from './csv-problems.js';
import { encodingFallbackProblem } from './encoding-fallback-problem.js';
import { decodeTextFile } from './decode-text-file.js';
import type { TextEncodingName } from './detect-encoding.js';
import { checkHeader } from './header-problems.js';
import { ioProblem } from './io-problem.js';
import { readCsvHeader, type CsvLayout } from './read-csv-header.js';
import { RowBatchBuilder } from './row-batch-builder.js';
import { safeRowStream } from './safe-row-stream.js';
import { tableFailure, type RowBatch, type TableResult } from './table-source.js';

/** One record may span lines inside quotes, but not this many characters: beyond it a quote never closed. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export async function openCsvTable(file: string, encoding: TextEncodingName): Promise<TableResult> {
  const layout = await readCsvHeader(file, encoding);
  if (!('header' in layout)) return tableFailure(layout);
  const { fatal, problems } = checkHeader(file, layout.header);
  if (fatal) return tableFailure(fatal);
  const table = {
    file,
    format: 'csv' as const,
    header: layout.header,
    rowUnit: 'row' as const,
    rows: (selection?: RowSelection) =>
      safeRowStream(
        () => csvRowBatches(file, encoding, layout, selection),
        (error) => ioProblem(file, error),
      ),
  };
  return { status: 'success', table, warnings: [...layout.warnings, ...problems] };
}

async function* csvRowBatches(
  file: string,
  encoding: TextEncodingName,
  layout: CsvLayout,
  selection?: RowSelection,
): AsyncGenerator<RowBatch> {
  const parser = new CsvChunkParser(layout.delimiter, selection, layout.header.length);
  const batch = new RowBatchBuilder(file, layout.header.length);
  for await (const piece of decodeTextFile(file, encoding)) {
    // The piece starts inside the record that holds the bad byte; the header's own was reported at open.
    if (piece.fallback && parser.pendingRow > 1) {
      batch.addProblem(encodingFallbackProblem(file, parser.pendingRow, piece.fallback));
    }
    if (yield* parseInto(parser, batch, piece.text, false, file)) return;
  }
  yield* parseInto(parser, batch, '', true, file);
}

/** Parses one piece into the batch and hands the batch on; returns true when reading must stop. */
async function* parseInto(
  parser: CsvChunkParser,
  batch: RowBatchBuilder,
  text: string,
  final: boolean,
  file: string,
): AsyncGenerator<RowBatch, boolean> {
  const { records, firstRow, errors, partial } = parser.parse(text, final);
  const unterminated = errors.find((error) => error.code === 'MissingQuotes');
  const end = unterminated ? unterminated.index : records.length;
  const misquotedRows = new Set(errors.filter((error) => error.code === 'InvalidQuotes' && error.index < end).map((error) => error.index));
  for (const index of misquotedRows) batch.addProblem(invalidQuoteProblem(file, firstRow + index));
  let nextPartial = 0;
  for (let index = 0; index < end; index++) {
    const cells = records[index] ?? [];
    const row = firstRow + index;
    // A row another thread checks: not split, or split only as far as this thread reads it.
    if (cells === UNSPLIT_ROW || partial[nextPartial] === index) {
      if (cells !== UNSPLIT_ROW) nextPartial++;
      batch.addAlignedRow(cells, row);
      continue;
    }
    // Row 1 is the header; a blank line still counts as a row, as in a spreadsheet.
    if (row === 1 || (cells.length === 1 && cells[0] === '')) continue;
    batch.addRow(cells, row);
  }
  if (unterminated) {
    batch.addProblem(unterminatedQuoteProblem(file, firstRow + unterminated.index));
    yield batch.take(true);
    return true;
  }
  if (parser.pendingLength > MAX_RECORD_CHARS) {
    batch.addProblem(overlongRecordProblem(file, parser.pendingRow, MAX_RECORD_CHARS));
    yield batch.take(true);
    return true;
  }
  if (!batch.isEmpty) yield batch.take();
  return false;
}
