import { open, stat } from 'node:fs/promises';
import { readXlsxParts } from './check-xlsx-zip.js';
import { RowBatchBuilder } from './row-batch-builder.js';
import { safeRowStream } from './safe-row-stream.js';
import { tableFailure, type RowBatch, type TableResult, type TableSource } from './table-source.js';
import { cellAddress, isFormulaValue, xlsxCellText } from './xlsx-cell-text.js';
import { readProblem, type ReadProblem } from './read-problem.js';
import { formulaProblem, xlsxReadFailedProblem } from './xlsx-problems.js';
import { xlsxSheetRows } from './xlsx-sheet-rows.js';
import { zipPartData } from './zip-part-data.js';

/** The hidden sheet in which dh describes a workbook it made for people to fill (exporters' DH_SHEET). */
const DH_SHEET = '_dh';
const MARKER = 'dh workbook 1';
/** xl/workbook.xml lists sheets only: a larger one is not a workbook dh made. */
const MAX_WORKBOOK_XML = 4 * 1024 * 1024;
const BATCH_ROWS = 1000;

/** What the `_dh` sheet says: `kind`, `instrument`, `version`, `recordType`, layout keys. */
export type DhWorkbookAbout = Readonly<Record<string, string>>;

/** The names of a workbook's sheets, from xl/workbook.xml, without reading any sheet. */
async function sheetNames(file: string, fileSize: number): Promise<string[]> {
  const handle = await open(file, 'r');
  let found;
  try {
    found = await readXlsxParts(handle, fileSize);
  } finally {
    await handle.close();
  }
  if (!('parts' in found)) return [];
  const part = found.parts.find((p) => p.name === 'xl/workbook.xml');
  if (!part || part.uncompressedSize > MAX_WORKBOOK_XML) return [];
  const chunks: Buffer[] = [];
  for await (const chunk of zipPartData(file, part)) chunks.push(chunk);
  const xml = Buffer.concat(chunks).toString('utf8');
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/**
 * A workbook dh made for people to fill (a reviewer's checklist, a data request) says so in a
 * hidden `_dh` sheet: what it holds and where. Undefined for every other workbook.
 */
export async function readDhWorkbookAbout(file: string, fileSize: number): Promise<DhWorkbookAbout | undefined> {
  if (!(await sheetNames(file, fileSize)).includes(DH_SHEET)) return undefined;
  const about: Record<string, string> = {};
  for await (const row of xlsxSheetRows(file, DH_SHEET)) {
    const key = xlsxCellText(row.values[1]);
    if (key !== '') about[key] = xlsxCellText(row.values[2]);
  }
  return about[DH_SHEET] === MARKER ? about : undefined;
}

/**
 * Reads a filled dh workbook as the records it stands for: a checklist's sheet with the reading
 * columns (`_question`, `_standard`, `_guidance`) left out; a data request's source sheets
 * unfolded into one record per figure (source, period, measure, category, breakdown, value,
 * note). Row numbers are those of the source sheet the figure is on.
 */
export async function openDhWorkbook(
  file: string,
  about: DhWorkbookAbout,
  openSheet: (sheet: string) => Promise<TableResult>,
): Promise<TableResult> {
  switch (about['kind']) {
    case 'checklist': {
      const opened = await openSheet(about['sheet'] ?? 'checklist');
      return opened.status === 'success' ? { ...opened, table: withoutReadingColumns(opened.table) } : opened;
    }
    case 'data-request':
      return requestTable(file, about);
    default:
      return tableFailure(
        readProblem({
          code: 'xlsx-invalid',
          file,
          message: `${file} is a workbook dh made, of a kind this version of dh cannot read ("${about['kind'] ?? ''}").`,
          hint: 'Update dh, or export the data as CSV with one column per variable.',
        }),
      );
  }
}

/** Columns whose names start with `_` are for reading (the question, the standard), not data. */
function withoutReadingColumns(table: TableSource): TableSource {
  const kept = table.header.flatMap((name, i) => (name.startsWith('_') ? [] : [i]));
  if (kept.length === table.header.length) return table;
  return {
    ...table,
    header: kept.map((i) => table.header[i] ?? ''),
    rows: async function* () {
      for await (const batch of table.rows()) yield { ...batch, rows: batch.rows.map((cells) => kept.map((i) => cells[i] ?? '')) };
    },
  };
}

/** The parts of a request record, in the order of the table's columns. */
const REQUEST_PARTS = [
  'sourceType',
  'organisation',
  'document',
  'retrieved',
  'period',
  'measure',
  'category',
  'breakdown',
  'value',
  'note',
] as const;
/** Header cells of a source sheet that are not periods. */
const ROW_COLUMNS = new Set(['measure', '_measure', 'category', 'breakdown', 'note']);

function requestTable(file: string, about: DhWorkbookAbout): TableResult {
  const missing = REQUEST_PARTS.filter((part) => !about[`field.${part}`]);
  const headerRow = Number(about['headerRow']);
  if (missing.length > 0 || !Number.isInteger(headerRow) || headerRow < 2) {
    return tableFailure(
      readProblem({
        code: 'xlsx-invalid',
        file,
        message: `${file} is a data-request workbook whose hidden _dh sheet is damaged (${missing.length > 0 ? `no field for ${missing.join(', ')}` : 'no header row'}).`,
        hint: 'Fill a fresh copy of the workbook dh instruments build wrote, and copy the figures across.',
      }),
    );
  }
  const sheets = Object.entries(about)
    .filter(([key]) => key.startsWith('sheet.'))
    .map(([key, sourceType]) => ({ sheet: key.slice('sheet.'.length), sourceType }));
  const header = REQUEST_PARTS.map((part) => about[`field.${part}`] ?? part);
  const table: TableSource = {
    file,
    format: 'xlsx',
    header,
    rowUnit: 'row',
    rows: () =>
      safeRowStream(
        () => requestRows(file, sheets, headerRow, about['notAvailable'] ?? ''),
        (error) => xlsxReadFailedProblem(file, error),
      ),
  };
  return { status: 'success', table, warnings: [] };
}

async function* requestRows(
  file: string,
  sheets: readonly { readonly sheet: string; readonly sourceType: string }[],
  headerRow: number,
  notAvailable: string,
): AsyncGenerator<RowBatch> {
  const batch = new RowBatchBuilder(file, REQUEST_PARTS.length);
  const present = await sheetNames(file, (await stat(file)).size);
  const known = new Set([DH_SHEET, ...sheets.map((s) => s.sheet)]);
  // A source sheet renamed (or copied under a new name) would lose its figures without a word.
  for (const name of present.filter((n) => !known.has(n))) {
    if (await laidOutAsSourceSheet(file, name, headerRow)) batch.addProblem(renamedSheetProblem(file, name, sheets));
  }
  // A source sheet deleted is a source the partner does not hold: nothing to read there.
  for (const { sheet, sourceType } of sheets.filter((s) => present.includes(s.sheet))) {
    const source: string[] = [];
    let columns: string[] = [];
    const unheaded = new Set<number>();
    for await (const row of xlsxSheetRows(file, sheet)) {
      const text = (column: number): string => {
        const value = row.values[column];
        const cellText = xlsxCellText(value).trim();
        if (isFormulaValue(value)) {
          const columnName = row.number < headerRow ? 'source' : columns[column] || `column ${cellAddress(column, 1).replace(/\d+$/, '')}`;
          const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : '';
          batch.addProblem(
            formulaProblem(file, {
              sheet,
              row: row.number,
              column,
              columnName,
              formula,
              text: cellText,
              hasResult: value.result !== undefined,
            }),
          );
        }
        return cellText;
      };
      if (row.number < headerRow) {
        // Rows 2–4: the organisation, the document and the retrieval date, each in column B.
        if (row.number >= 2) source[row.number - 2] = text(2);
        continue;
      }
      if (row.number === headerRow) {
        // A heading computed by a formula is reported too: with no saved result, its column is not read.
        columns = Array.from({ length: row.values.length }, (_, c) =>
          isFormulaValue(row.values[c]) ? text(c) : xlsxCellText(row.values[c]).trim(),
        );
        continue;
      }
      const cells = columns.map((_, c) => text(c));
      const at = (name: string): string => {
        const c = columns.indexOf(name);
        return c < 0 ? '' : (cells[c] ?? '');
      };
      // A figure typed where none is read (a column without a heading, beside or beyond the table) is said, once per column.
      for (let c = 1; c < row.values.length; c++) {
        if ((columns[c] ?? '') !== '' || unheaded.has(c) || xlsxCellText(row.values[c]).trim() === '') continue;
        unheaded.add(c);
        batch.addProblem(
          figuresNotReadProblem(file, sheet, row.number, `column ${cellAddress(c, 1).replace(/\d+$/, '')}`, 'has no heading'),
        );
      }
      const measure = at('measure');
      if (measure === '') {
        const figures = columns.some((period, c) => period !== '' && !ROW_COLUMNS.has(period) && (cells[c] ?? '') !== '');
        if (figures) batch.addProblem(figuresNotReadProblem(file, sheet, row.number, 'measure', 'is on a row with no measure'));
        continue;
      }
      columns.forEach((period, c) => {
        if (period === '' || ROW_COLUMNS.has(period)) return;
        const value = cells[c] ?? '';
        if (value === '') return;
        const record = {
          sourceType,
          organisation: source[0] ?? '',
          document: source[1] ?? '',
          retrieved: source[2] ?? '',
          period,
          measure,
          category: at('category'),
          breakdown: at('breakdown'),
          value: value.toLowerCase() === notAvailable.toLowerCase() ? notAvailable : value,
          note: at('note'),
        };
        batch.addAlignedRow(
          REQUEST_PARTS.map((part) => record[part]),
          row.number,
        );
      });
      if (batch.size >= BATCH_ROWS) yield batch.take();
    }
  }
  if (!batch.isEmpty) yield batch.take();
}

/** Whether a sheet has a source sheet's heading row: a `measure` column where the figures start. */
async function laidOutAsSourceSheet(file: string, sheet: string, headerRow: number): Promise<boolean> {
  for await (const row of xlsxSheetRows(file, sheet)) {
    if (row.number === headerRow) return row.values.some((value) => xlsxCellText(value).trim() === 'measure');
    if (row.number > headerRow) return false;
  }
  return false;
}

function figuresNotReadProblem(file: string, sheet: string, row: number, column: string, where: string): ReadProblem {
  return readProblem({
    code: 'figures-not-read',
    file,
    row,
    column,
    message: `${file}: on sheet "${sheet}", row ${row}, a figure ${where}, so it was not read.`,
    hint: 'Put each figure under its period heading, on the row of its measure (the spare rows of each measure take its other categories), or remove it.',
  });
}

function renamedSheetProblem(file: string, name: string, sheets: readonly { readonly sheet: string }[]): ReadProblem {
  return readProblem({
    code: 'sheet-not-read',
    file,
    message: `${file}: sheet "${name}" is laid out as a source sheet of this data request but is not one of its sheets (${sheets.map((s) => `"${s.sheet}"`).join(', ')}), so its figures were not read.`,
    hint: `Give the sheet back the name it had (${sheets.map((s) => s.sheet).join(', ')}), or copy its figures into the source sheet they belong to.`,
  });
}
