import { readProblem, type ReadProblem } from './read-problem.js';
import { cellAddress } from './xlsx-cell-text.js';
import { ZipPartError } from './zip-part-data.js';

export function xlsxInvalidProblem(file: string, reason: string): ReadProblem {
  return readProblem({
    code: 'xlsx-invalid',
    file,
    message: `${file} cannot be read as an Excel workbook: ${reason}.`,
    hint: 'Open it in Excel or LibreOffice and save it again as "Excel Workbook (.xlsx)", or export the sheet as CSV UTF-8.',
  });
}

/** Reading failed half-way: the zip itself (it changed since it was checked), or else the XML inside it. */
export function xlsxReadFailedProblem(file: string, error: unknown): ReadProblem {
  if (error instanceof ZipPartError)
    return error.tooLarge ? xlsxTooLargeProblem(file, error.message) : xlsxInvalidProblem(file, error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return xlsxInvalidProblem(file, `its content is damaged or not what Excel writes (${detail})`);
}

export function xlsxTooLargeProblem(file: string, reason: string): ReadProblem {
  return readProblem({
    code: 'xlsx-too-large',
    file,
    message: `${file} was not opened because ${reason}; a file like this can exhaust the computer's memory.`,
    hint: 'If the workbook is genuine, export the sheet as CSV UTF-8 and validate the CSV instead.',
  });
}

export function sheetNotFoundProblem(file: string, wanted: string, available: readonly string[]): ReadProblem {
  return readProblem({
    code: 'sheet-not-found',
    file,
    message: `${file} has no sheet named "${wanted}"; its sheets are ${available.map((name) => `"${name}"`).join(', ') || 'none'}.`,
    hint: 'Give one of these sheet names (names are case-sensitive), or leave the sheet out to read the first one.',
  });
}

export interface FormulaCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly columnName: string;
  readonly formula: string;
  readonly text: string;
  readonly hasResult: boolean;
}

export function formulaProblem(file: string, cell: FormulaCell): ReadProblem {
  const address = cellAddress(cell.column, cell.row);
  const formula = cell.formula === '' ? 'a formula' : `the formula =${cell.formula}`;
  const where = `Cell ${address} on sheet "${cell.sheet}" (column ${cell.columnName})`;
  return readProblem({
    code: 'xlsx-formula',
    file,
    row: cell.row,
    column: cell.columnName,
    message: cell.hasResult
      ? `${where} holds ${formula}; the value read is the result Excel saved: "${cell.text}".`
      : `${where} holds ${formula} with no saved result, so it is read as empty.`,
    hint: 'Formulas are not recalculated here: paste the column as values, or save the file in Excel after the last change.',
  });
}
