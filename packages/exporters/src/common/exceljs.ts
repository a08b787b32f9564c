import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is read or written: loading it takes a third of
 * a second, and most runs of dh (a CSV validated, a report written) never touch a workbook.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
