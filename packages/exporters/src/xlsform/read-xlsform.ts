import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../common/exceljs.js';
import {
  XLSFORM_SHEETS,
  type PartialXlsformWorkbook,
  type XlsformRow,
  type XlsformSheet,
  type XlsformSheetName,
} from './xlsform-workbook.js';

/**
 * Reads the sheets of an XLSForm .xlsx as text tables. Sheets and headers are matched
 * without regard to case or surrounding spaces, as pyxform does; sheets other than
 * survey, choices and settings are ignored.
 */
export async function readXlsform(file: Uint8Array | ArrayBuffer): Promise<PartialXlsformWorkbook> {
  const book = new (await loadExcelJS()).Workbook();
  await book.xlsx.load(file instanceof Uint8Array ? toArrayBuffer(file) : file);
  const sheets: Partial<Record<XlsformSheetName, XlsformSheet>> = {};
  for (const worksheet of book.worksheets) {
    const name = worksheet.name.trim().toLowerCase();
    if ((XLSFORM_SHEETS as readonly string[]).includes(name)) sheets[name as XlsformSheetName] = readSheet(worksheet);
  }
  return sheets;
}

function readSheet(worksheet: ExcelJS.Worksheet): XlsformSheet {
  const header = worksheet.getRow(1);
  const columns: string[] = [];
  for (let c = 1; c <= worksheet.columnCount; c += 1) columns.push(header.getCell(c).text.trim());
  const rows: XlsformRow[] = [];
  for (let r = 2; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      const text = row.getCell(i + 1).text.trim();
      if (column !== '' && text !== '') values[column] = text;
    });
    rows.push(values);
  }
  // Trailing empty rows are formatting, not form rows.
  while (rows.length > 0 && Object.keys(rows[rows.length - 1] as XlsformRow).length === 0) rows.pop();
  return { columns, rows };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
