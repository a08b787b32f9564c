// The data-request workbook as the police unit or helpline that receives it sees it: what to
// read first, what each measure means, where to type, and what it cannot change by mistake.
import { activityArtefacts, REQUEST_LAYOUT } from '@dh/exporters';
import type { ActivityDefinition } from '@dh/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';

async function workbook(activity: ActivityDefinition): Promise<ExcelJS.Workbook> {
  const artefacts = await activityArtefacts({ activity, built: activity.build(), languages: ['en'] });
  const file = artefacts.files.find((f) => f.path.endsWith('.en.xlsx'));
  if (!file) throw new Error(`${activity.id} builds no request workbook`);
  const bytes = file.content as Uint8Array;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const text = (cell: ExcelJS.Cell): string => String(cell.value ?? '');

describe.each(['law-enforcement-data', 'helpline-hotline-industry-data'])('the data-request workbook of %s', (id) => {
  it('opens on instructions, defines every measure with its caveat, and has a protected sheet per source type', async () => {
    const activity = (await loadActivities()).find((a) => a.id === id);
    if (!activity) throw new Error(`${id} is not installed`);
    const request = activity.build().instruments.find((i) => i.kind === 'data-request');
    if (request?.kind !== 'data-request') throw new Error(`${id} declares no data request`);
    const book = await workbook(activity);
    const visible = book.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
    expect(visible).toEqual(['Instructions', 'Definitions', ...request.sheets.map((s) => s.id)]);

    const definitions = book.getWorksheet('Definitions');
    const defined = new Map<string, string[]>();
    definitions?.eachRow((row) =>
      defined.set(
        text(row.getCell(1)),
        [2, 3, 4, 5].map((c) => text(row.getCell(c))),
      ),
    );
    for (const measure of request.measures) {
      expect(defined.get(measure.id), measure.id).toEqual([measure.label.en, measure.unit.en, measure.definition.en, measure.caveat.en]);
    }

    for (const source of request.sheets) {
      const sheet = book.getWorksheet(source.id);
      if (!sheet) throw new Error(`no sheet ${source.id}`);
      // Protected: headings and labels cannot be overwritten by mistake, the figures can be typed.
      // exceljs reads sheetProtection back but does not declare it.
      expect((sheet as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, source.id).toBe(true);
      const header = (sheet.getRow(REQUEST_LAYOUT.headerRow).values as unknown[]).map((v) => String(v ?? ''));
      const periods = header.filter((h) => /^\d{4}/.test(h));
      expect(periods.length).toBeGreaterThan(0);
      for (const c of [1, 2, header.indexOf(periods[0] ?? '')])
        expect(sheet.getRow(REQUEST_LAYOUT.headerRow).getCell(c).protection?.locked).not.toBe(false);
      for (const r of REQUEST_LAYOUT.sourceRows) expect(sheet.getCell(r, 2).protection?.locked, `${source.id} B${r}`).toBe(false);
      let figureRows = 0;
      let dropdowns = 0;
      for (let n = REQUEST_LAYOUT.headerRow + 1; n <= sheet.rowCount; n++) {
        const row = sheet.getRow(n);
        const measure = text(row.getCell(header.indexOf('measure')));
        if (measure === '') continue;
        expect(source.measures, `${source.id} row ${n}`).toContain(measure);
        expect(row.getCell(header.indexOf('measure')).protection?.locked, `${source.id} row ${n} measure`).not.toBe(false);
        for (const period of periods)
          expect(row.getCell(header.indexOf(period)).protection?.locked, `${source.id} row ${n} ${period}`).toBe(false);
        figureRows++;
        const category = row.getCell(header.indexOf('category'));
        if (category.protection?.locked === false) {
          expect(category.dataValidation?.type, `${source.id} row ${n} category`).toBe('list');
          dropdowns++;
        }
      }
      expect(figureRows).toBeGreaterThanOrEqual(source.measures.length);
      expect(dropdowns, `${source.id}: category dropdowns`).toBeGreaterThan(0);
    }
  });
});
