import { validateDataset, type ValidateDatasetOptions, type ValidationResult } from '../src/index.js';
import { csv, scratchFolder } from './fixture-files.js';
import { testActivity } from './test-activity.js';

/** A table of the test activity's data: header and rows of cells, as a partner's export holds them. */
export interface Table {
  header: string[];
  rows: string[][];
}
export type Dataset = Record<string, Table>;

/** Clean data for the test activity: every check passes on it. */
export function baselineDataset(): Dataset {
  return {
    'household.csv': {
      header: ['hh_id', 'stratum', 'psu', 'weight', 'outcome', 'n_children'],
      rows: [
        ['H1', 'north_urban', 'P1', '1.5', 'complete', '1'],
        ['H2', 'north_urban', 'P2', '2', 'complete', '1'],
        ['H3', 'north_rural', 'P3', '1', 'complete', '1'],
        ['H4', 'north_rural', 'P4', '1.25', 'complete', '2'],
      ],
    },
    'member.csv': {
      header: ['member_hh_id', 'line', 'member_age'],
      rows: [
        ['H1', '1', '41'],
        ['H1', '2', '14'],
        ['H2', '1', '15'],
        ['H3', '1', '13'],
        ['H4', '1', '16'],
      ],
    },
    'child.csv': {
      header: [
        'child_id',
        'hh_id',
        'consent',
        'about/age',
        'about/sex',
        'about/online',
        'about/platforms',
        'about/platform_count',
        'about/hours',
        'sensitive/asked_images',
        'sensitive/told',
        'sensitive/comment',
        '_uuid',
        '_submission_time',
        '__version__',
        'meta/instanceID',
      ],
      rows: [
        ['C1', 'H1', 'yes', '14', 'female', 'yes', 'chat_app game', '2', '3', 'no', '', '', 'u-1', '2021-03-01T10:00:00', 'v1', 'uuid:1'],
        [
          'C2',
          'H2',
          'yes',
          '15',
          'male',
          'no',
          '',
          '0',
          '1',
          'yes',
          'yes',
          'I told my sister',
          'u-2',
          '2021-03-01T11:00:00',
          'v1',
          'uuid:2',
        ],
        ['C3', 'H3', 'yes', '13', 'female', 'yes', 'video_site', '1', '', 'no', '', '', 'u-3', '2021-03-02T09:00:00', 'v1', 'uuid:3'],
        ['C4', 'H4', 'no', '', '', '', '', '', '', '', '', '', 'u-4', '2021-03-02T10:00:00', 'v1', 'uuid:4'],
      ],
    },
    'caregiver.csv': {
      header: ['caregiver_id', 'cg_child_id', 'cg_consent', 'would_report'],
      rows: [
        ['G1', 'C1', 'yes', 'yes'],
        ['G2', 'C2', 'yes', 'no'],
        ['G3', 'C3', 'no', ''],
        ['G4', 'C4', 'yes', 'refused'],
      ],
    },
  };
}

/** A copy of the dataset with one cell changed: `column` is the header name, `row` the 0-based data row. */
export function withCell(dataset: Dataset, file: string, row: number, column: string, value: string): Dataset {
  const copy = structuredClone(dataset);
  const table = copy[file];
  const index = table?.header.indexOf(column) ?? -1;
  const cells = table?.rows[row];
  if (!table || index < 0 || !cells) throw new Error(`no cell ${file} row ${row} column ${column}`);
  cells[index] = value;
  return copy;
}

/** A copy with a table changed by `change`. */
export function withTable(dataset: Dataset, file: string, change: (table: Table) => void): Dataset {
  const copy = structuredClone(dataset);
  const table = copy[file];
  if (!table) throw new Error(`no table ${file}`);
  change(table);
  return copy;
}

/** Writes the dataset (and any raw files) to a scratch folder and validates the folder. */
export async function validateFiles(
  dataset: Dataset,
  raw: Record<string, string | Uint8Array> = {},
  options: Partial<ValidateDatasetOptions> = {},
): Promise<ValidationResult> {
  const folder = scratchFolder();
  try {
    for (const [name, table] of Object.entries(dataset)) folder.write(name, csv(table.header, table.rows));
    for (const [name, content] of Object.entries(raw)) folder.write(name, content);
    return await validateDataset({ activity: testActivity, files: folder.dir, ...options });
  } finally {
    folder.remove();
  }
}

/** How many issues of a code the result counts. */
export function countOf(result: ValidationResult, code: string): number {
  return result.counts.filter((c) => c.code === code).reduce((sum, c) => sum + c.count, 0);
}
