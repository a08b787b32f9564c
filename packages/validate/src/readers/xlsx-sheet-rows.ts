import type ExcelJS from 'exceljs';
import { StallWatchdog } from './stall-watchdog.js';
import { workbookPartStream } from './workbook-part-stream.js';

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

/** Long enough for exceljs to read a large shared-strings table before a sheet's first row. */
export const XLSX_STALL_MS = 60_000;

type Worksheet = AsyncIterable<ExcelJS.Row> & { readonly name?: string };

/**
 * Streams the rows of one sheet with exceljs's streaming reader (shared strings and styles are
 * kept; styles are what tell a date from a number). Without `wanted`, the first sheet in the file.
 * `onSheet` learns the chosen sheet's name. Stopping early closes the file. Nothing is written to
 * disk: see workbookPartStream.
 */
export async function* xlsxSheetRows(file: string, wanted: string | undefined, onSheet?: (name: string) => void): AsyncGenerator<SheetRow> {
  // Loaded before the stream exists: nothing awaits between making the stream and exceljs piping it.
  const { WorkbookReader } = (await import('exceljs')).default.stream.xlsx;
  const watchdog = new StallWatchdog(XLSX_STALL_MS);
  const input = workbookPartStream(file, () => watchdog.touch());
  // A read error would otherwise be thrown from the stream as an uncaught exception.
  input.on('error', (error) => watchdog.fail(error));
  const reader = new WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  neverSpillToDisk(reader);
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

/**
 * exceljs 4.4.0 copies a sheet to a temp file unless it has read the relationships and the shared
 * strings before it. The part stream feeds both first, but an empty or odd relationships part
 * parses to nothing; it must still count as read, so these two can never be unset.
 */
function neverSpillToDisk(reader: object): void {
  for (const field of ['workbookRels', 'sharedStrings']) {
    let value: unknown = [];
    Object.defineProperty(reader, field, {
      get: () => value,
      set: (next: unknown) => {
        value = next ?? [];
      },
    });
  }
}

async function findWorksheet(sheets: AsyncIterator<unknown>, wanted: string | undefined): Promise<{ worksheet: Worksheet; name: string }> {
  const seen: string[] = [];
  for (;;) {
    const next = await sheets.next();
    if (next.done === true) throw new SheetNotFoundError(seen);
    const worksheet = next.value as Worksheet;
    // exceljs names a sheet `Sheet<n>` when the workbook does not list it.
    const name = worksheet.name ?? `Sheet ${seen.length + 1}`;
    seen.push(name);
    if (wanted === undefined || name === wanted) return { worksheet, name };
  }
}
