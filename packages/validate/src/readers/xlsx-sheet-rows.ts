import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { StallWatchdog } from './stall-watchdog.js';

export interface SheetRow {
  /** The row number Excel shows. */
  readonly number: number;
  /** exceljs cell values, 1-based and sparse: index 3 is column C. */
  readonly values: readonly unknown[];
}

/** Thrown inside the readers only; openTable reports it as `sheet-not-found`. */
export class SheetNotFoundError extends Error {
  constructor(readonly available: readonly string[]) {
    super('sheet not found');
  }
}

/** Long enough for exceljs to copy a huge sheet to a temp file before its first row. */
export const XLSX_STALL_MS = 60_000;

type Worksheet = AsyncIterable<ExcelJS.Row> & { readonly name?: string };

/**
 * Streams the rows of one sheet with exceljs's streaming reader (shared strings and styles are
 * kept; styles are what tell a date from a number). Without `wanted`, the first sheet in the file.
 * `onSheet` learns the chosen sheet's name. Stopping early closes the file.
 */
export async function* xlsxSheetRows(file: string, wanted: string | undefined, onSheet?: (name: string) => void): AsyncGenerator<SheetRow> {
  const input = createReadStream(file);
  const watchdog = new StallWatchdog(XLSX_STALL_MS);
  // A read error would otherwise be thrown from the stream as an uncaught exception.
  input.on('error', (error) => watchdog.fail(error));
  input.on('data', () => watchdog.touch());
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const sheets = reader[Symbol.asyncIterator]();
  try {
    const { worksheet, name } = await watchdog.race(findWorksheet(sheets, wanted));
    onSheet?.(name);
    const rows = worksheet[Symbol.asyncIterator]();
    for (;;) {
      const next = await watchdog.race(rows.next());
      if (next.done === true) return;
      watchdog.pause();
      yield { number: next.value.number, values: next.value.values as unknown[] };
      watchdog.resume();
    }
  } finally {
    watchdog.stop();
    input.destroy();
    sheets.return?.(undefined).catch(() => undefined);
  }
}

async function findWorksheet(sheets: AsyncIterator<unknown>, wanted: string | undefined): Promise<{ worksheet: Worksheet; name: string }> {
  const seen: string[] = [];
  for (;;) {
    const next = await sheets.next();
    if (next.done === true) throw new SheetNotFoundError(seen);
    const worksheet = next.value as Worksheet;
    // exceljs leaves the name unset when workbook.xml comes after the sheet in the zip.
    const name = worksheet.name ?? `Sheet ${seen.length + 1}`;
    seen.push(name);
    if (wanted === undefined || name === wanted) return { worksheet, name };
  }
}
