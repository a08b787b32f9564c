import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { FIXTURE_ID } from './fixture-activity.js';
import { fixtureData, toCsv, type FixtureData, type FixtureDataOptions } from './fixture-data.js';

export interface FixtureAssessmentOptions {
  readonly country?: string;
  readonly name?: string;
  readonly ageRange?: { readonly min: number; readonly max: number };
  readonly recallMonths?: number;
  readonly activityVersion?: string;
  readonly thresholds?: Record<string, number | string>;
  readonly lonelyPsu?: string;
  readonly population?: Record<string, unknown> | null;
  readonly data?: FixtureDataOptions;
  /** Change the records before they are written. */
  readonly edit?: (data: FixtureData) => void;
  /** Record types to leave without a file. */
  readonly omit?: readonly (keyof FixtureData)[];
}

/** A temporary folder per test, removed afterwards. */
export function useTempDirs(): (prefix?: string) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix = 'dh-analysis-') => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Writes assessment.json and data/fixture-survey/*.csv for the fixture activity. */
export function writeFixtureAssessment(dir: string, options: FixtureAssessmentOptions = {}): FixtureData {
  const recallMonths = options.recallMonths ?? 3;
  const config = {
    country: options.country ?? 'XA',
    name: options.name ?? 'Xland',
    synthetic: true,
    languages: ['en'],
    activities: {
      [FIXTURE_ID]: {
        version: options.activityVersion ?? '1.2.0',
        settings: { ageRange: options.ageRange ?? { min: 12, max: 17 }, recallMonths, lonelyPsu: options.lonelyPsu ?? 'fail' },
      },
    },
    fieldwork: { start: '2021-01-11', end: '2021-04-30' },
    ...(options.population !== null && {
      population: options.population ?? { year: 2021, internetUsingChildren: 2_000_000, children: 9_000_000, source: 'Fixture projection' },
    }),
    ...(options.thresholds && { thresholds: options.thresholds }),
  };
  writeFileSync(join(dir, 'assessment.json'), JSON.stringify(config, null, 2));
  const data = fixtureData(options.data);
  options.edit?.(data);
  const folder = join(dir, 'data', FIXTURE_ID);
  mkdirSync(folder, { recursive: true });
  for (const [name, rows] of Object.entries(data) as [keyof FixtureData, FixtureData[keyof FixtureData]][]) {
    if (!options.omit?.includes(name)) writeFileSync(join(folder, `${name}.csv`), toCsv(rows));
  }
  return data;
}
