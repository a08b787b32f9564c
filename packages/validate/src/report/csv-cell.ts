/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"): a
 * data value such as `=HYPERLINK(…)` or `@SUM(…)` must stay text when a partner opens the
 * report in Excel or LibreOffice, so such cells get a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
