import { checkXlsxZip } from './check-xlsx-zip.js';
import { openDhWorkbook, readDhWorkbookAbout } from './dh-workbook.js';
import { checkHeader } from './header-problems.js';
import { RowBatchBuilder, raggedRowProblem } from './row-batch-builder.js';
import { safeRowStream } from './safe-row-stream.js';
import { tableFailure, type RowBatch, type TableResult } from './table-source.js';
import { isFormulaValue, xlsxCellText } from './xlsx-cell-text.js';
import { readXlsxHeader, type XlsxHeader } from './xlsx-header.js';
import { formulaProblem, sheetNotFoundProblem, xlsxReadFailedProblem } from './xlsx-problems.js';
import { SheetNotFoundError, xlsxSheetRows, type SheetRow } from './xlsx-sheet-rows.js';

const BATCH_ROWS = 1000;

/**
 * Opens one sheet of a workbook as a table: the one named, else the first; a workbook dh made
 * for people to fill (a checklist, a data request) is read as the records it stands for.
 */
export async function openXlsxTable(file: string, fileSize: number, wanted: string | undefined): Promise<TableResult> {
  const zipProblem = await checkXlsxZip(file, fileSize);
  if (zipProblem) return tableFailure(zipProblem);
  if (wanted === undefined) {
    const about = await readDhWorkbookAbout(file, fileSize).catch(() => undefined);
    if (about) return openDhWorkbook(file, about, (sheet) => openSheet(file, sheet));
  }
  return openSheet(file, wanted);
}

async function openSheet(file: string, wanted: string | undefined): Promise<TableResult> {
  const located = await readXlsxHeader(file, wanted).catch((error: unknown) =>
    error instanceof SheetNotFoundError && wanted !== undefined
      ? sheetNotFoundProblem(file, wanted, error.available)
      : xlsxReadFailedProblem(file, error),
  );
  if (!('header' in located)) return tableFailure(located);
  const { fatal, problems } = checkHeader(file, located.header);
  if (fatal) return tableFailure(fatal);
  const table = {
    file,
    format: 'xlsx' as const,
    header: located.header,
    rowUnit: 'row' as const,
    rows: () =>
      safeRowStream(
        () => xlsxRowBatches(file, located),
        (error) => xlsxReadFailedProblem(file, error),
      ),
  };
  return { status: 'success', table, warnings: problems };
}

async function* xlsxRowBatches(file: string, located: XlsxHeader): AsyncGenerator<RowBatch> {
  const batch = new RowBatchBuilder(file, located.header.length);
  for await (const row of xlsxSheetRows(file, located.sheet)) {
    if (row.number <= located.headerRow) continue;
    addSheetRow(file, located, row, batch);
    if (batch.size >= BATCH_ROWS) yield batch.take();
  }
  if (!batch.isEmpty) yield batch.take();
}

/** Excel stores no trailing empty cells, so a short row is normal; only values beyond the header are reported. */
function addSheetRow(file: string, located: XlsxHeader, row: SheetRow, batch: RowBatchBuilder): void {
  const width = located.header.length;
  const cells = new Array<string>(width).fill('');
  let lastFilled = 0;
  row.values.forEach((value, column) => {
    const text = xlsxCellText(value);
    if (isFormulaValue(value)) {
      const columnName = located.header[column - 1] ?? `column ${column}`;
      const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : '';
      const cell = { sheet: located.sheet, row: row.number, column, columnName, formula, text, hasResult: value.result !== undefined };
      batch.addProblem(formulaProblem(file, cell));
    }
    if (column <= width) cells[column - 1] = text;
    if (text !== '') lastFilled = Math.max(lastFilled, column);
  });
  if (lastFilled > width) batch.addProblem(raggedRowProblem(file, row.number, width, lastFilled));
  if (lastFilled > 0) batch.addAlignedRow(cells, row.number);
}
