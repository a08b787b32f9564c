import { readProblem, type ReadProblem } from './read-problem.js';
import { xlsxCellText } from './xlsx-cell-text.js';
import { xlsxSheetRows } from './xlsx-sheet-rows.js';

export interface XlsxHeader {
  readonly sheet: string;
  readonly header: string[];
  /** The row Excel shows the header on: the first row with any value. */
  readonly headerRow: number;
}

/** Reads rows only until the first non-empty one, then stops reading the workbook. */
export async function readXlsxHeader(file: string, wanted: string | undefined): Promise<XlsxHeader | ReadProblem> {
  let sheet = wanted ?? '';
  for await (const row of xlsxSheetRows(file, wanted, (name) => (sheet = name))) {
    const texts: string[] = [];
    row.values.forEach((value, column) => {
      texts[column - 1] = xlsxCellText(value);
    });
    const header = Array.from(texts, (text) => text ?? '');
    // Cells Excel keeps for formatting only hold '': they are not columns.
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    if (header.some((name) => name.trim() !== '')) return { sheet, header, headerRow: row.number };
  }
  return readProblem({
    code: 'file-empty',
    file,
    message: `The sheet "${sheet}" of ${file} is empty.`,
    hint: 'Choose the sheet that holds the data, with the column names in its first row.',
  });
}
