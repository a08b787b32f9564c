import { loadExcelJS } from '../common/exceljs.js';
import type { Checklist, RecordType } from '@dh/core';
import { DH_SHEET, finishWorkbook, listDropdown, widen } from '../common/workbook.js';
import { EXPORT_TEXTS, type Translator } from '../texts/export-texts.js';

const T = EXPORT_TEXTS.checklist;

/**
 * The reviewer's workbook: an instructions sheet, and a `checklist` sheet with one row per
 * provision whose header row is the record type's own field names, so `dh validate` reads
 * the filled workbook back as records. The provision ids and the reading columns (question,
 * standard, guidance; their names start with `_`, which dh ignores as data) are locked; the
 * status has a dropdown; everything else is the reviewer's to fill.
 */
export async function checklistWorkbook(checklist: Checklist, recordType: RecordType, tr: Translator): Promise<Uint8Array> {
  const book = new (await loadExcelJS()).Workbook();
  const instructions = book.addWorksheet(tr.text(T.instructions).slice(0, 31));
  instructions.addRow([tr.text(checklist.title)]).font = { bold: true, size: 14 };
  instructions.addRow([`${tr.text(T.version)} ${checklist.version}`]);
  for (const p of checklist.instructions) instructions.addRow([tr.text(p.text)]);
  instructions.addRow([]);
  instructions.addRow([tr.text(T.statuses)]).font = { bold: true };
  for (const c of checklist.statuses.choices) instructions.addRow([`${c.code}: ${tr.text(c.label)}`]);
  widen(instructions, [120]);
  instructions.getColumn(1).alignment = { wrapText: true, vertical: 'top' };

  const sheet = book.addWorksheet('checklist', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const fields = recordType.fields.map((f) => f.name);
  const reading = ['_question', '_standard', '_guidance'];
  const header = [checklist.itemField, ...reading, ...fields.filter((f) => f !== checklist.itemField)];
  sheet.addRow(header).font = { bold: true };
  for (const item of checklist.items) {
    const row = sheet.addRow([item.id, tr.text(item.question), item.standard, tr.text(item.guidance)]);
    header.forEach((name, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (name === checklist.itemField || reading.includes(name)) return;
      cell.protection = { locked: false };
      if (name === checklist.statusField)
        listDropdown(
          cell,
          checklist.statuses.choices.map((c) => c.code),
        );
    });
  }
  widen(
    sheet,
    header.map((name) => (name === '_question' || name === '_guidance' ? 50 : name === '_standard' ? 28 : 18)),
  );
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return finishWorkbook(book, {
    kind: 'checklist',
    instrument: checklist.id,
    version: checklist.version,
    language: tr.language,
    sheet: 'checklist',
    recordType: recordType.name,
    [DH_SHEET]: 'dh workbook 1',
  });
}
