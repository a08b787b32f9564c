import { loadExcelJS } from '../common/exceljs.js';
import type { DataRequest } from '@dh/core';
import { DH_SHEET, finishWorkbook, listDropdown, widen } from '../common/workbook.js';
import { EXPORT_TEXTS, type Translator } from '../texts/export-texts.js';

const T = EXPORT_TEXTS['data-request'];

/** Where things sit on each source sheet, shared with the reader through the `_dh` sheet. */
export const REQUEST_LAYOUT = { sourceRows: [2, 3, 4], headerRow: 6, spareRowsPerMeasure: 2 } as const;

/**
 * The data-request workbook a research team sends to a police unit or a helpline: an
 * instructions sheet, a definitions sheet, and one sheet per source type with the source
 * named at the top and the measures as rows (a total row; a row for each category and each
 * breakdown the measure has, so a source that splits its figures every way the request asks
 * finds a row for each; spare rows for other combinations; all chosen from dropdowns) and
 * the periods as columns. Labels and
 * headers are locked; the figures are the source's to fill. `dh validate` reads the filled
 * workbook back into one record per figure.
 */
export async function requestWorkbook(request: DataRequest, tr: Translator): Promise<Uint8Array> {
  const book = new (await loadExcelJS()).Workbook();
  const instructions = book.addWorksheet(tr.text(T.instructions).slice(0, 31));
  instructions.addRow([tr.text(request.title)]).font = { bold: true, size: 14 };
  instructions.addRow([`${tr.text(T.version)} ${request.version}`]);
  for (const p of request.instructions) instructions.addRow([tr.text(p.text)]);
  instructions.addRow([tr.text(T.notAvailable)]);
  widen(instructions, [120]);
  instructions.getColumn(1).alignment = { wrapText: true, vertical: 'top' };

  const definitions = book.addWorksheet(tr.text(T.definitions).slice(0, 31));
  definitions.addRow([T.code, T.measure, T.unit, T.definition, T.caveat].map((t) => tr.text(t))).font = { bold: true };
  for (const m of request.measures) definitions.addRow([m.id, tr.text(m.label), tr.text(m.unit), tr.text(m.definition), tr.text(m.caveat)]);
  for (const list of request.choiceLists) {
    definitions.addRow([]);
    definitions.addRow([list.name]).font = { bold: true };
    for (const c of list.choices) definitions.addRow([c.code, tr.text(c.label)]);
  }
  widen(definitions, [26, 40, 14, 60, 60]);

  const about: Record<string, string> = {
    kind: 'data-request',
    instrument: request.id,
    version: request.version,
    language: tr.language,
    recordType: request.recordType,
    headerRow: String(REQUEST_LAYOUT.headerRow),
    notAvailable: request.notAvailable,
    [DH_SHEET]: 'dh workbook 1',
  };
  for (const [part, field] of Object.entries(request.fields)) about[`field.${part}`] = field;
  const listOf = (name: string | undefined) => request.choiceLists.find((l) => l.name === name)?.choices.map((c) => c.code) ?? [];
  for (const source of request.sheets) {
    const sheet = book.addWorksheet(source.id.slice(0, 31), { views: [{ state: 'frozen', ySplit: REQUEST_LAYOUT.headerRow, xSplit: 2 }] });
    about[`sheet.${source.id}`] = source.sourceType;
    sheet.addRow([tr.text(source.title)]).font = { bold: true, size: 13 };
    for (const label of [T.organisation, T.document, T.retrieved]) {
      const row = sheet.addRow([tr.text(label), '']);
      row.getCell(2).protection = { locked: false };
      // A date typed here stays a date, and is read back as YYYY-MM-DD.
      if (label === T.retrieved) row.getCell(2).numFmt = 'yyyy-mm-dd';
    }
    sheet.addRow([]);
    const header = ['measure', '_measure', 'category', 'breakdown', ...request.periods, 'note'];
    sheet.addRow(header).font = { bold: true };
    for (const id of source.measures) {
      const measure = request.measures.find((m) => m.id === id);
      if (!measure) continue;
      const categories = listOf(measure.categoryList).filter((c) => c !== request.total);
      const breakdowns = measure.breakdownLists.flatMap(listOf).filter((b) => b !== request.total);
      const rows: (readonly [string, string])[] = [
        [request.total, request.total],
        ...categories.map((c) => [c, request.total] as const),
        ...breakdowns.map((b) => [request.total, b] as const),
        ...Array.from({ length: REQUEST_LAYOUT.spareRowsPerMeasure }, () => ['', ''] as const),
      ];
      rows.forEach(([category, breakdown], k) => {
        const total = k === 0;
        const row = sheet.addRow([id, tr.text(measure.label), category, breakdown]);
        header.forEach((name, i) => {
          if (name === 'measure' || name === '_measure' || (total && (name === 'category' || name === 'breakdown'))) return;
          const cell = row.getCell(i + 1);
          cell.protection = { locked: false };
          if (name === 'category') listDropdown(cell, [request.total, ...categories]);
          if (name === 'breakdown') listDropdown(cell, [request.total, ...breakdowns]);
        });
      });
    }
    widen(
      sheet,
      header.map((name) => (name === '_measure' ? 40 : name === 'note' ? 40 : 14)),
    );
    sheet.getColumn(1).width = 28;
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  return finishWorkbook(book, about);
}
