// The shapes in which ODK Central, ODK Briefcase and KoboToolbox export the same submissions
// (headers as their own tests show them, see docs/data-partners.md), made from plain CSVs so a
// test can ask every command to read each of them identically.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { questionnairesOf, readAssessmentConfig, repeatsOf, type BuiltActivity, type FieldDefinition, type RecordType } from '@dh/core';
import { loadActivities } from '../src/activities.js';

export interface PlainTable {
  readonly recordType: RecordType;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ExportedFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export const SHAPES = ['plain', 'central', 'central-split', 'briefcase', 'kobo', 'split-only', 'xlsx', 'json'] as const;
export type Shape = (typeof SHAPES)[number];

export function readPlainTables(built: BuiltActivity, files: ReadonlyMap<string, string>): PlainTable[] {
  return built.recordTypes.flatMap((recordType) => {
    const text = files.get(`${recordType.name}.csv`);
    if (text === undefined) return [];
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
    const [header = [], ...rows] = parsed.data;
    return [{ recordType, header, rows }];
  });
}

const fieldOf = (table: PlainTable, name: string): FieldDefinition | undefined => table.recordType.fields.find((f) => f.name === name);

/** The repeat (roster) a table's rows come from, if they are a repeat's: Central and Briefcase export it as its own file. */
function repeatOf(table: PlainTable, built: BuiltActivity): string | undefined {
  return questionnairesOf(built.instruments)
    .flatMap(repeatsOf)
    .find((r) => r.recordType === table.recordType.name)?.name;
}

/** The column a field gets: its group path joined by the export's separator (inside a repeat, from the repeat down). */
function columnName(table: PlainTable, name: string, separator: string, repeat: string | undefined): string {
  const field = fieldOf(table, name);
  if (!field || field.path.length === 0) return name;
  const path = repeat !== undefined ? field.path.slice(field.path.indexOf(repeat) + 1) : field.path;
  return [...path, name].join(separator);
}

function csv(header: readonly string[], rows: readonly (readonly string[])[], delimiter = ',', quotes = false): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { delimiter, quotes, newline: '\r\n' });
}

const CENTRAL_META = [
  'KEY',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
];
const KOBO_META = [
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];

/** The 0/1 option columns of a select_multiple, after its own column (Central: values seen; Kobo, Briefcase: the list). */
function optionColumns(table: PlainTable, column: number, fromList: boolean): string[] {
  const field = fieldOf(table, table.header[column] ?? '');
  if (field?.valueType !== 'codes') return [];
  if (fromList) return (field.codes ?? []).map((c) => c.code);
  const seen = new Set(table.rows.flatMap((r) => (r[column] ?? '').split(' ').filter((c) => c !== '')));
  return (field.codes ?? []).map((c) => c.code).filter((c) => seen.has(c));
}

/** One table in a shape: its header, rows and file name. */
function shaped(
  table: PlainTable,
  shape: Shape,
  repeat: string | undefined,
  formId: string,
): { name: string; header: string[]; rows: string[][] } {
  const name = table.recordType.name;
  const separator = shape === 'kobo' || shape === 'split-only' || shape === 'json' ? '/' : '-';
  const keep = shape !== 'split-only';
  const split = shape === 'central-split' || shape === 'kobo' || shape === 'split-only' || shape === 'briefcase';
  const header: string[] = [];
  const pick: ((row: readonly string[], index: number) => string)[] = [];
  table.header.forEach((plain, column) => {
    const full = columnName(
      table,
      plain,
      separator,
      shape === 'central' || shape === 'central-split' || shape === 'briefcase' ? repeat : undefined,
    );
    const options = split ? optionColumns(table, column, shape !== 'central-split') : [];
    if (keep || options.length === 0) {
      header.push(full);
      pick.push((row) => row[column] ?? '');
    }
    for (const option of options) {
      header.push(`${full}/${option}`);
      pick.push((row) => ((row[column] ?? '').split(' ').includes(option) ? '1' : '0'));
    }
  });
  let rows = table.rows.map((row, i) => pick.map((p) => p(row, i)));
  const key = (i: number): string => `uuid:${name}-${i + 1}`;
  if (shape === 'central' || shape === 'central-split') {
    if (repeat !== undefined)
      return {
        name: `${formId}-${name}.csv`,
        header: [...header, 'PARENT_KEY', 'KEY'],
        rows: rows.map((r, i) => [...r, `uuid:parent-${i}`, `${key(i)}/roster[1]`]),
      };
    return {
      name: `${formId}.csv`,
      header: ['SubmissionDate', 'meta-instanceID', ...header, ...CENTRAL_META],
      rows: rows.map((r, i) => [
        '2021-03-01T10:00:00.000Z',
        key(i),
        ...r,
        key(i),
        '5',
        'Collector',
        '0',
        '0',
        '',
        '',
        'collect:abc',
        '0',
        '2021030101',
      ]),
    };
  }
  if (shape === 'briefcase') {
    if (repeat !== undefined)
      return {
        name: `${formId}-${name}.csv`,
        header: [...header, 'PARENT_KEY', 'KEY', 'SET-OF-roster'],
        rows: rows.map((r, i) => [...r, `uuid:parent-${i}`, `${key(i)}/roster[1]`, `uuid:parent-${i}/roster`]),
      };
    return {
      name: `${formId}.csv`,
      header: ['SubmissionDate', ...header, 'meta-instanceID', 'KEY'],
      rows: rows.map((r, i) => ['Mar 1, 2021 10:00:00 AM', ...r, key(i), key(i)]),
    };
  }
  if (shape === 'kobo' || shape === 'split-only') {
    rows = rows.map((r, i) => [
      '2021-03-01T10:00:00.000+03:00',
      '2021-03-01T10:40:00.000+03:00',
      ...r,
      String(1000 + i),
      `${name}-${i}`,
      '2021-03-02T08:00:00',
      '',
      '',
      'submitted_via_web',
      '',
      'vXYZ',
      '',
      String(i + 1),
    ]);
    return { name: `${name}.csv`, header: ['start', 'end', ...header, ...KOBO_META], rows };
  }
  return { name: `${name}.${shape === 'xlsx' ? 'xlsx' : shape === 'json' ? 'json' : 'csv'}`, header, rows };
}

/** JSON as the Kobo and Central APIs give it: groups as nested objects, select_multiple as an array. */
function jsonRecords(table: PlainTable, header: readonly string[], rows: readonly (readonly string[])[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      header.forEach((column, c) => {
        const value = row[c] ?? '';
        if (value === '') return;
        const parts = column.split('/');
        const field = fieldOf(table, parts.at(-1) ?? '');
        let target = record;
        for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
        target[parts.at(-1) ?? column] =
          field?.valueType === 'codes'
            ? value.split(' ')
            : field?.valueType === 'integer' || field?.valueType === 'number'
              ? Number(value)
              : value;
      });
      return record;
    }),
  );
}

async function xlsx(header: readonly string[], rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('data');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row.map((v) => (/^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v) ? Number(v) : v)));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Every table of an activity as one export shape would hold it. */
export async function exportAs(shape: Shape, built: BuiltActivity, tables: readonly PlainTable[]): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  for (const table of tables) {
    const { name, header, rows } = shaped(table, shape, repeatOf(table, built), table.recordType.instrumentId);
    if (shape === 'xlsx') files.push({ name, content: await xlsx(header, rows) });
    else if (shape === 'json') files.push({ name, content: jsonRecords(table, header, rows) });
    else
      files.push({
        name,
        content: csv(header, rows, shape === 'kobo' || shape === 'split-only' ? ';' : ',', shape === 'kobo' || shape === 'split-only'),
      });
  }
  return files;
}

/** The household-survey data of the example assessment in `example`, written into `dataDir` in one export shape; returns the file names. */
export async function writeExampleInShape(shape: Shape, example: string, dataDir: string): Promise<string[]> {
  const activities = await loadActivities();
  const survey = activities.find((a) => a.id === 'household-survey');
  const config = readAssessmentConfig(example, activities);
  if (!survey || config.status !== 'success') throw new Error('the example and its activity are needed');
  const built = survey.build(config.config);
  const source = join(example, 'data', 'household-survey');
  const files = new Map(
    readdirSync(source)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(join(source, f), 'utf8')]),
  );
  mkdirSync(dataDir, { recursive: true });
  const exported = await exportAs(shape, built, readPlainTables(built, files));
  for (const file of exported) writeFileSync(join(dataDir, file.name), file.content);
  return exported.map((file) => file.name);
}
