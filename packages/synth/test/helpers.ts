import { parseAssessmentConfig, type AssessmentConfig, type AssessmentConfigInput } from '@dh/core';
import { tableToCsv, type SyntheticDataset, type SyntheticTable } from '../src/index.js';
import { parseCsv } from './parse-csv.js';

/** The files `dh synth` would write, by name. */
export function csvFiles(dataset: SyntheticDataset): Map<string, string> {
  return new Map(dataset.tables.map((t) => [t.file, tableToCsv(t)]));
}

export function tableOf(dataset: SyntheticDataset, recordType: string): SyntheticTable {
  const table = dataset.tables.find((t) => t.recordType === recordType);
  if (!table) throw new Error(`no table ${recordType}`);
  return table;
}

/** Rows of a table as records, read back from its CSV text. */
export function recordsOf(dataset: SyntheticDataset, recordType: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(tableToCsv(tableOf(dataset, recordType)));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

export function config(input: AssessmentConfigInput): AssessmentConfig {
  const result = parseAssessmentConfig(input);
  if (result.status !== 'success') throw new Error(JSON.stringify(result.errors));
  return result.config;
}

/** A fictional country (XA) with a 9–17 survey, its own strata and design variable names. */
export const EXAMPLIA: AssessmentConfigInput = {
  country: 'XA',
  name: 'Examplia',
  synthetic: true,
  languages: ['en', 'sw'],
  activities: {
    'household-survey': {
      version: '0.1.0',
      settings: {
        ageRange: { min: 9, max: 17 },
        internetUser: { recallMonths: 6, definition: 'Used the internet in the past 6 months' },
        strata: [
          { code: 'coast_urban', label: 'Coast, urban', region: 'coast', urbanRural: 'urban' },
          { code: 'coast_rural', label: 'Coast, rural', region: 'coast', urbanRural: 'rural' },
          { code: 'highlands', label: 'Highlands', region: 'highlands' },
        ],
        stratumVariable: 'strat',
        psuVariable: 'ea',
        weightVariable: 'wt',
      },
    },
  },
  fieldwork: { start: '2022-02-01', end: '2022-05-31' },
  extensionLists: {
    platform: [
      { code: 'chatapp', label: 'ChatApp' },
      { code: 'vidshare', label: 'VidShare' },
    ],
  },
};
