/**
 * Turns an exceljs cell value into the text a partner sees in the cell. Dates become ISO 8601
 * (Excel stores them as day numbers; the display format differs per laptop locale, ISO does not).
 */
export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDateText(value);
  if (typeof value === 'object') return objectCellText(value);
  return String(value);
}

/** A cell computed by a formula: its value is the result Excel cached when the file was last saved. */
export function isFormulaValue(value: unknown): value is { result?: unknown } {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function objectCellText(value: object): string {
  if (isFormulaValue(value)) return xlsxCellText(value.result);
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : ''))
      .join('');
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return xlsxCellText(value.text);
  return '';
}

function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  // Excel's day zero: a time-of-day cell with no date.
  if (iso.startsWith('1899-12-30')) return time;
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}

/** `C12` for column 3, row 12: the address a partner types into Excel's name box. */
export function cellAddress(column: number, row: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
