import { splitLanguageColumn, type XlsformRow, type XlsformSheet } from './xlsform-workbook.js';

/**
 * Headers as pyxform reads them: case and spaces do not matter in the column name
 * (`List Name` is `list_name`), `media::image::fr` is `image::fr`; the language part is
 * kept as written because it names the language.
 */
export function normalizeHeader(header: string): string {
  const { base, language } = splitLanguageColumn(header);
  const canonical = base.replace(/\s+/g, '_');
  return language === undefined ? canonical : `${canonical}::${language}`;
}

export function normalizeSheet(sheet: XlsformSheet): XlsformSheet {
  const columns = sheet.columns.map(normalizeHeader);
  const rows = sheet.rows.map((row): XlsformRow => {
    const out: Record<string, string> = {};
    for (const [header, value] of Object.entries(row)) {
      const text = value.trim();
      if (text !== '') out[normalizeHeader(header)] = text;
    }
    return out;
  });
  return { columns, rows };
}

/** A survey `type` cell split into its keyword and, for selects, its list: `select_one yes_no`. */
export interface SurveyType {
  readonly keyword: string;
  readonly listName?: string;
}

const ALIASES: Readonly<Record<string, string>> = {
  'begin group': 'begin_group',
  'end group': 'end_group',
  'begin repeat': 'begin_repeat',
  'end repeat': 'end_repeat',
  'select one': 'select_one',
  'select multiple': 'select_multiple',
};

export function parseSurveyType(cell: string): SurveyType {
  const words = cell.trim().split(/\s+/);
  const two = `${words[0] ?? ''} ${words[1] ?? ''}`.toLowerCase();
  const [keyword, rest] = ALIASES[two] !== undefined ? [ALIASES[two], words.slice(2)] : [(words[0] ?? '').toLowerCase(), words.slice(1)];
  if ((keyword === 'select_one' || keyword === 'select_multiple') && rest[0] !== undefined) return { keyword, listName: rest[0] };
  return { keyword };
}

/** Types pyxform knows (xlsform.org "Question types", "Metadata"). */
export const KNOWN_TYPES: ReadonlySet<string> = new Set([
  'integer',
  'decimal',
  'range',
  'text',
  'select_one',
  'select_multiple',
  'select_one_from_file',
  'select_multiple_from_file',
  'rank',
  'note',
  'geopoint',
  'geotrace',
  'geoshape',
  'date',
  'time',
  'datetime',
  'image',
  'audio',
  'background-audio',
  'video',
  'file',
  'barcode',
  'calculate',
  'acknowledge',
  'hidden',
  'xml-external',
  'csv-external',
  'begin_group',
  'end_group',
  'begin_repeat',
  'end_repeat',
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
  'trigger',
]);

/** Rows that collect nothing and need no label: metadata and calculations. */
export const UNLABELLED_TYPES: ReadonlySet<string> = new Set([
  'calculate',
  'hidden',
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
  'xml-external',
  'csv-external',
  'begin_group',
  'begin_repeat',
  'end_group',
  'end_repeat',
]);
