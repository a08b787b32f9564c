/**
 * An XLSForm as plain data (xlsform.org): one table per sheet, cells as text. The exporter
 * builds it, `writeXlsform` turns it into an .xlsx, `readXlsform` reads one back, and
 * `checkXlsform` checks either form.
 */

/** One row of a sheet: column header → cell text (an absent key is an empty cell). */
export type XlsformRow = Readonly<Record<string, string>>;

export interface XlsformSheet {
  /** Header row, in order. */
  readonly columns: readonly string[];
  /** Data rows; row `i` is spreadsheet row `i + 2` (row 1 is the header). */
  readonly rows: readonly XlsformRow[];
}

export const XLSFORM_SHEETS = ['survey', 'choices', 'settings'] as const;
export type XlsformSheetName = (typeof XLSFORM_SHEETS)[number];

/** The three sheets of an XLSForm; a hand-made workbook may lack any of them. */
export type XlsformWorkbook = Readonly<Record<XlsformSheetName, XlsformSheet>>;
export type PartialXlsformWorkbook = Readonly<Partial<Record<XlsformSheetName, XlsformSheet>>>;

/** Spreadsheet row number of a data row, as a user sees it in Excel. */
export const sheetRowNumber = (index: number): number => index + 2;

/**
 * Columns that hold text a respondent or interviewer reads: each takes one column per
 * language, `label::English (en)` (ODK docs, "Form Language").
 */
export const TRANSLATABLE_COLUMNS = [
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'required_message',
  'image',
  'audio',
  'video',
  'big-image',
] as const;

/** The header of a translatable column in a language: `label::English (en)`. */
export const languageColumn = (base: string, languageLabel: string): string => `${base}::${languageLabel}`;

/** Splits `label::English (en)` into its base and language; `media::image::fr` → `image`, `fr`. */
export function splitLanguageColumn(header: string): { readonly base: string; readonly language: string | undefined } {
  const parts = header.split('::').map((p) => p.trim());
  const withoutMedia = parts[0]?.toLowerCase() === 'media' ? parts.slice(1) : parts;
  const [base = '', ...rest] = withoutMedia;
  return { base: base.toLowerCase(), language: rest.length > 0 ? rest.join('::') : undefined };
}
