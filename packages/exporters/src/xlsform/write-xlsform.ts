import { loadExcelJS } from '../common/exceljs.js';
import { withStableZipTimestamps } from './stable-zip-timestamps.js';
import { XLSFORM_SHEETS, type XlsformWorkbook } from './xlsform-workbook.js';

/**
 * The .xlsx file of an XLSForm. Every cell is written as text, so choice codes such as
 * `1` stay codes (pyxform reads them as names, not numbers). The header row is bold and
 * frozen for the people who adapt the form by hand.
 */
export async function writeXlsform(workbook: XlsformWorkbook): Promise<Uint8Array> {
  const book = new (await loadExcelJS()).Workbook();
  for (const name of XLSFORM_SHEETS) {
    const sheet = workbook[name];
    const worksheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...sheet.columns]).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((column) => row[column] ?? ''));
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(column.length, ...sheet.rows.map((row) => (row[column] ?? '').length));
      worksheet.getColumn(i + 1).width = Math.min(60, Math.max(10, widest + 2));
    });
  }
  // A fixed date keeps the file byte-stable across builds of the same source.
  book.created = book.modified = new Date(Date.UTC(2000, 0, 1));
  return withStableZipTimestamps(new Uint8Array(await book.xlsx.writeBuffer()));
}
