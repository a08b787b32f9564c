import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../src/index.js';
import { baselineDataset, countOf, validateFiles, withCell, withTable, type Dataset } from './baseline-dataset.js';
import { csv } from './fixture-files.js';

/**
 * Every issue code the validator yields from data: one input that triggers it and a near
 * miss that does not. Each case says where the first issue must point.
 */
interface Case {
  readonly code: string;
  readonly bad: () => Promise<ValidationResult>;
  readonly good: () => Promise<ValidationResult>;
  readonly at?: { readonly file?: string; readonly row?: number; readonly field?: string };
}

const base = baselineDataset();
const cell = (file: string, row: number, column: string, value: string) => () => validateFiles(withCell(base, file, row, column, value));
const without = (file: string) => {
  const copy = structuredClone(base);
  delete copy[file];
  return copy;
};
const childCsv = (dataset: Dataset = base) => csv(dataset['child.csv']?.header ?? [], dataset['child.csv']?.rows ?? []);

async function householdWorkbook(formula: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('household');
  const table = base['household.csv'];
  if (!table) throw new Error('no household table');
  sheet.addRow(table.header);
  for (const row of table.rows) sheet.addRow(row);
  if (formula) sheet.getCell('D2').value = { formula: '3/2', result: 1.5 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cases: Case[] = [
  {
    code: 'file-unreadable',
    bad: () => validateFiles(without('child.csv'), { 'child.csv': new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]) }),
    good: () => validateFiles(base),
    at: { file: 'child.csv' },
  },
  {
    code: 'encoding-fallback',
    bad: () =>
      validateFiles(without('child.csv'), {
        'child.csv': Buffer.from(childCsv(withCell(base, 'child.csv', 1, 'sensitive/comment', 'Très bien')), 'latin1'),
      }),
    good: () =>
      validateFiles(without('child.csv'), {
        'child.csv': Buffer.from(childCsv(withCell(base, 'child.csv', 1, 'sensitive/comment', 'Très bien')), 'utf8'),
      }),
    at: { file: 'child.csv', row: 3 },
  },
  {
    code: 'malformed-row',
    bad: () =>
      validateFiles(without('child.csv'), { 'child.csv': childCsv().replace('I told my sister', 'I told my sister, and my aunt') }),
    good: () =>
      validateFiles(without('child.csv'), { 'child.csv': childCsv().replace('I told my sister', '"I told my sister, and my aunt"') }),
    at: { file: 'child.csv', row: 3 },
  },
  {
    code: 'formula-cell',
    bad: async () => validateFiles(without('household.csv'), { 'household.xlsx': await householdWorkbook(true) }),
    good: async () => validateFiles(without('household.csv'), { 'household.xlsx': await householdWorkbook(false) }),
    at: { file: 'household.xlsx', row: 2, field: 'weight' },
  },
  {
    code: 'record-type-unknown',
    bad: () => validateFiles(base, { 'notes.csv': 'topic,remark\nfieldwork,rain\n' }),
    good: () => validateFiles(base),
    at: { file: 'notes.csv' },
  },
  {
    code: 'missing-column',
    bad: () => validateFiles(withTable(base, 'child.csv', (t) => dropColumn(t, 'about/sex'))),
    good: () => validateFiles(withTable(base, 'child.csv', (t) => renameColumn(t, 'about/sex', 'about-sex'))),
    at: { file: 'child.csv', row: 1, field: 'sex' },
  },
  {
    code: 'extra-column',
    bad: () => validateFiles(withTable(base, 'child.csv', (t) => addColumn(t, 'agee', '14'))),
    good: () => validateFiles(withTable(base, 'child.csv', (t) => addColumn(t, '_index', '1'))),
    at: { file: 'child.csv', row: 1, field: 'agee' },
  },
  {
    code: 'duplicate-column',
    bad: () => validateFiles(withTable(base, 'child.csv', (t) => addColumn(t, 'age', '14'))),
    good: () => validateFiles(withTable(base, 'child.csv', (t) => addColumn(t, 'deviceid', 'd1'))),
    at: { file: 'child.csv', row: 1, field: 'age' },
  },
  {
    code: 'type-error',
    bad: cell('child.csv', 0, 'about/age', 'fourteen'),
    good: cell('child.csv', 0, 'about/age', '17'),
    at: { file: 'child.csv', row: 2, field: 'age' },
  },
  {
    code: 'out-of-range',
    bad: cell('child.csv', 0, 'about/age', '18'),
    good: cell('child.csv', 0, 'about/age', '12'),
    at: { file: 'child.csv', row: 2, field: 'age' },
  },
  {
    code: 'unknown-code',
    bad: cell('child.csv', 1, 'about/sex', 'femal'),
    good: cell('child.csv', 1, 'about/sex', 'female'),
    at: { file: 'child.csv', row: 3, field: 'sex' },
  },
  {
    code: 'required-missing',
    bad: cell('household.csv', 2, 'outcome', ''),
    good: cell('household.csv', 2, 'outcome', 'refused'),
    at: { file: 'household.csv', row: 4, field: 'outcome' },
  },
  {
    code: 'answered-not-relevant',
    bad: cell('child.csv', 2, 'sensitive/told', 'no'),
    good: () =>
      validateFiles(withCell(withCell(base, 'child.csv', 2, 'sensitive/asked_images', 'yes'), 'child.csv', 2, 'sensitive/told', 'no')),
    at: { file: 'child.csv', row: 4, field: 'told' },
  },
  {
    code: 'relevant-missing',
    bad: cell('child.csv', 1, 'sensitive/told', ''),
    good: () =>
      validateFiles(withCell(withCell(base, 'child.csv', 1, 'sensitive/asked_images', 'no'), 'child.csv', 1, 'sensitive/told', '')),
    at: { file: 'child.csv', row: 3, field: 'told' },
  },
  {
    code: 'constraint-failed',
    bad: cell('child.csv', 0, 'about/hours', '30'),
    good: cell('child.csv', 0, 'about/hours', '24'),
    at: { file: 'child.csv', row: 2, field: 'hours' },
  },
  {
    code: 'rule-failed',
    bad: cell('household.csv', 0, 'n_children', '0'),
    good: () => validateFiles(withCell(withCell(base, 'household.csv', 0, 'n_children', '0'), 'household.csv', 0, 'outcome', 'refused')),
    at: { file: 'household.csv', row: 2, field: 'n_children' },
  },
  {
    code: 'rule-warning',
    bad: cell('child.csv', 0, 'about/hours', '13'),
    good: cell('child.csv', 0, 'about/hours', '12'),
    at: { file: 'child.csv', row: 2, field: 'hours' },
  },
  {
    code: 'duplicate-id',
    bad: cell('member.csv', 1, 'line', '1'),
    good: cell('member.csv', 1, 'line', '3'),
    at: { file: 'member.csv', row: 3, field: 'member_hh_id + line' },
  },
  {
    code: 'broken-link',
    bad: cell('member.csv', 2, 'member_hh_id', 'H9'),
    good: cell('member.csv', 2, 'member_hh_id', 'H3'),
    at: { file: 'member.csv', row: 4, field: 'member_hh_id' },
  },
  {
    code: 'count-mismatch',
    bad: cell('caregiver.csv', 3, 'cg_child_id', 'C3'),
    good: cell('caregiver.csv', 3, 'cg_child_id', 'C4'),
    at: { file: 'caregiver.csv', row: 5, field: 'cg_child_id' },
  },
  {
    code: 'weight-invalid',
    bad: cell('household.csv', 1, 'weight', '0'),
    good: cell('household.csv', 1, 'weight', '0.5'),
    at: { file: 'household.csv', row: 3, field: 'weight' },
  },
  {
    code: 'psu-in-several-strata',
    bad: cell('household.csv', 2, 'psu', 'P1'),
    good: cell('household.csv', 3, 'psu', 'P3'),
    at: { file: 'household.csv', row: 4, field: 'psu' },
  },
  {
    code: 'single-psu-stratum',
    bad: cell('household.csv', 1, 'stratum', 'south_urban'),
    good: cell('household.csv', 1, 'psu', 'P5'),
    at: { file: 'household.csv', row: 2, field: 'stratum' },
  },
  {
    code: 'personal-identifier-column',
    bad: () => validateFiles(withTable(base, 'child.csv', (t) => addColumn(t, 'ChildName', 'Amina'))),
    good: () => validateFiles(withTable(base, 'child.csv', (t) => addColumn(t, 'platform_name', 'chat'))),
    at: { file: 'child.csv', row: 1, field: 'ChildName' },
  },
  {
    code: 'personal-identifier-value',
    bad: cell('child.csv', 1, 'sensitive/comment', 'call me on +254 712 345 678'),
    good: cell('child.csv', 1, 'sensitive/comment', 'I told my sister in 2021, she is 16'),
    at: { file: 'child.csv', row: 3, field: 'comment' },
  },
  {
    code: 'consent-missing',
    bad: cell('child.csv', 3, 'about/age', '14'),
    good: cell('child.csv', 3, 'child_id', 'C4'),
    at: { file: 'child.csv', row: 5, field: 'age' },
  },
];

describe('every issue code', () => {
  it.each(cases)('$code: raised by the bad input, pointing at where it is', async ({ code, bad, at }) => {
    const result = await bad();
    expect(countOf(result, code), JSON.stringify(result.counts)).toBeGreaterThan(0);
    const first = result.issues.find((issue) => issue.code === code);
    expect(first?.message.length).toBeGreaterThan(5);
    if (at?.file !== undefined) expect(basename(first?.file ?? '')).toBe(at.file);
    if (at?.row !== undefined) expect(first?.row).toBe(at.row);
    if (at?.field !== undefined) expect(first?.field).toBe(at.field);
  });

  it.each(cases)('$code: not raised by the near miss', async ({ code, good }) => {
    expect(countOf(await good(), code)).toBe(0);
  });

  it('finds nothing at all in the clean dataset', async () => {
    const result = await validateFiles(base);
    expect(result.counts).toEqual([]);
    expect(result.totals).toMatchObject({ error: 0, warning: 0, rows: 17 });
  });
});

function addColumn(table: { header: string[]; rows: string[][] }, name: string, value: string): void {
  table.header.push(name);
  for (const row of table.rows) row.push(value);
}

function dropColumn(table: { header: string[]; rows: string[][] }, name: string): void {
  const index = table.header.indexOf(name);
  table.header.splice(index, 1);
  for (const row of table.rows) row.splice(index, 1);
}

function renameColumn(table: { header: string[]; rows: string[][] }, from: string, to: string): void {
  table.header[table.header.indexOf(from)] = to;
}
