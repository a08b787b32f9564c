import type ExcelJS from 'exceljs';
import { withStableZipTimestamps } from '../xlsform/stable-zip-timestamps.js';

/** The sheet that tells `dh validate` what a workbook dh made holds (instrument, version, layout). */
export const DH_SHEET = '_dh';

/**
 * Writes a workbook dh made for people to fill (a checklist, a data request): a hidden
 * `_dh` sheet names the instrument and layout so the filled workbook can be read back, and
 * fixed dates and zip times keep the same source byte-stable.
 */
export async function finishWorkbook(book: ExcelJS.Workbook, about: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const meta = book.addWorksheet(DH_SHEET, { state: 'veryHidden' });
  for (const [key, value] of Object.entries(about)) meta.addRow([key, value]);
  book.created = book.modified = new Date(Date.UTC(2000, 0, 1));
  return withStableZipTimestamps(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** A list dropdown (data validation) on a cell, with an error message naming the allowed codes. */
export function listDropdown(cell: ExcelJS.Cell, codes: readonly string[]): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${codes.join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Not a code of the list',
    error: `Choose one of: ${codes.join(', ')}`,
  };
}

export function widen(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}
