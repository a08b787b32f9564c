// Tables of figures sources report (police, helplines), against values worked out by hand:
// sums per year, rates per 100,000 children, change on the calendar year before, and
// breakdowns where a figure not given is never shown as zero.
import { all, q, type AssessmentConfig, type BuiltActivity, type CountTableContract, type TimeSeriesContract } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../disclosure/disclosure-control.js';
import type { Cell, RecordTable } from '../load/read-record-table.js';
import type { TableResult } from '../results/results-schema.js';
import { countTable } from './count-table.js';
import type { TableContext } from './table-context.js';
import { timeSeries } from './time-series.js';

const FIELDS = ['organisation', 'document', 'period', 'measure', 'breakdown', 'value'] as const;
type Figure = readonly [organisation: string, document: string, period: string, measure: string, breakdown: string, value: string];

const POLICE = ['Police', 'Annual report'] as const;
const COURTS = ['Courts', 'Judicial statistics'] as const;
const HELPLINE = ['Helpline', 'Contact data'] as const;

const figures: Figure[] = [
  [...POLICE, '2018', 'cases', 'total', '40'],
  [...COURTS, '2018', 'cases', 'total', 'not_available'],
  [...POLICE, '2019', 'cases', 'total', '30'],
  [...COURTS, '2019', 'cases', 'total', '20'],
  // 2020: no source gave a figure.
  [...POLICE, '2021', 'cases', 'total', '60'],
  [...POLICE, '2019', 'convictions', 'total', '5'],
  [...POLICE, '2021', 'convictions', 'total', '12'],
  [...POLICE, '2019', 'cases', 'girl', '21'],
  [...POLICE, '2019', 'cases', 'boy', '9'],
  [...POLICE, '2021', 'cases', 'girl', '33'],
  [...POLICE, '2021', 'cases', 'boy', 'not_available'],
  // Another measure, from another source: in neither table.
  [...HELPLINE, '2019', 'contacts', 'total', '900'],
];

function recordTable(rows: readonly Figure[]): RecordTable {
  const columns = new Map<string, Cell[]>(FIELDS.map((f, k) => [f, rows.map((r) => r[k] as Cell)]));
  return {
    recordType: 'figure',
    file: 'figure.csv',
    size: rows.length,
    columns,
    rowNumbers: rows.map((_, i) => i + 2),
    absentColumns: [],
    nonNumeric: new Map(),
  };
}

const context = (config: Partial<AssessmentConfig> = {}): TableContext => ({
  built: {
    recordTypes: [{ name: 'figure', fields: FIELDS.map((name) => ({ name, valueType: 'text' })) }],
    links: [],
  } as unknown as BuiltActivity,
  tables: new Map([['figure', recordTable(figures)]]),
  unavailable: new Map(),
  config: {
    population: {
      year: 2021,
      childrenByYear: [
        { year: 2018, children: 1_600_000 },
        { year: 2019, children: 2_000_000 },
        { year: 2021, children: 2_400_000 },
      ],
    },
    ...config,
  } as AssessmentConfig,
  thresholds: DEFAULT_THRESHOLDS,
  disclosure: { case: 'reported-count', description: 'Figures a source reported.', identifying: ['breakdown'] },
});

const base = {
  title: 'T',
  definition: 'D',
  activity: 'statistics',
  version: '1.0.0',
  acceptsVersions: '^1.0.0',
  caveat: 'Cases are not victims.',
  recordType: 'figure',
};

const trend: TimeSeriesContract = {
  ...base,
  outputKind: 'time-series',
  id: 'justice_chain',
  universe: q('breakdown').eq('total'),
  periodField: 'period',
  valueField: 'value',
  notAvailable: 'not_available',
  sourceFields: ['organisation', 'document'],
  series: [
    { id: 'cases', label: 'Cases', when: q('measure').eq('cases'), unit: 'cases' },
    { id: 'convictions', label: 'Convictions', when: q('measure').eq('convictions'), unit: 'convictions' },
  ],
  ratePer100000Children: true,
  ratios: [{ id: 'convictions_per_case', label: 'Convictions per case', numerator: 'convictions', denominator: 'cases' }],
};

const bySex: CountTableContract = {
  ...base,
  outputKind: 'count-table',
  id: 'cases_by_sex',
  universe: all(q('measure').eq('cases')),
  sum: 'value',
  sourceFields: ['organisation', 'document'],
  unit: 'cases',
  rows: {
    kind: 'levels',
    title: 'Sex',
    levels: [
      { code: 'girl', label: 'Girls', when: q('breakdown').eq('girl') },
      { code: 'boy', label: 'Boys', when: q('breakdown').eq('boy') },
    ],
  },
  columns: { kind: 'field', title: 'Period', field: 'period' },
};

const cell = (table: TableResult, row: string, column: string) => {
  const found = table.cells.find((c) => c.row === row && c.column === column);
  if (!found) throw new Error(`no cell ${row} × ${column} in ${table.id}`);
  return found;
};

describe('a time series of reported figures', () => {
  const table = timeSeries(trend, context());

  it('sums each year over its sources, never taking "not available" for zero', () => {
    expect(table.columns.map((c) => c.code)).toEqual(['2018', '2019', '2021']);
    expect(cell(table, 'cases', '2018')).toMatchObject({
      value: 40,
      notes: ['1 of 2 values not available: the sum is of those reported.'],
    });
    expect(cell(table, 'cases', '2019').value).toBe(50);
    expect(cell(table, 'cases', '2021').value).toBe(60);
  });

  it('gives rates per 100,000 children of the same year, with the base', () => {
    // 40 / 1,600,000 × 100,000 = 2.5; 50 / 2,000,000 × 100,000 = 2.5; 60 / 2,400,000 × 100,000 = 2.5
    for (const year of ['2018', '2019', '2021']) expect(cell(table, 'cases_per_100000', year).value).toBeCloseTo(2.5, 12);
    expect(cell(table, 'cases_per_100000', '2019').notes).toEqual(['Base: 2,000,000 children under 18 in 2019.']);
    // 12 / 2,400,000 × 100,000 = 0.5
    expect(cell(table, 'convictions_per_100000', '2021').value).toBeCloseTo(0.5, 12);
  });

  it('changes on the calendar year before, and says so where that year has no figure', () => {
    // (50 − 40) / 40 = +25 %
    expect(cell(table, 'cases_change', '2019').value).toBeCloseTo(25, 12);
    // 2020 is missing: 2021 is not compared with 2019.
    expect(cell(table, 'cases_change', '2021')).toMatchObject({ value: null, notes: ['No figure for 2020.'] });
    expect(cell(table, 'cases_change', '2018')).toMatchObject({ value: null, notes: ['First year shown.'] });
  });

  it('divides series of the same year for ratios', () => {
    expect(cell(table, 'convictions_per_case', '2019').value).toBeCloseTo(5 / 50, 12);
    expect(cell(table, 'convictions_per_case', '2021').value).toBeCloseTo(12 / 60, 12);
    expect(cell(table, 'convictions_per_case', '2018').value).toBeNull();
  });

  it("names the sources of the figures it sums, each once, and no other measure's", () => {
    expect(table.sources).toEqual(['Courts, Judicial statistics', 'Police, Annual report']);
  });
});

describe('a breakdown of reported figures', () => {
  const table = countTable(bySex, context());

  it('sums the parts given, and shows a part not given as not available, never as zero', () => {
    expect(cell(table, 'girl', '2019').value).toBe(21);
    expect(cell(table, 'boy', '2019').value).toBe(9);
    expect(cell(table, 'boy', '2021')).toMatchObject({ value: null, notes: ['Not available from the source.'] });
    expect(cell(table, 'girl', '2018')).toMatchObject({ value: null, notes: ['Not reported.'] });
    expect(cell(table, '_total', '2021')).toMatchObject({
      value: 33,
      notes: ['1 of 2 values not available: the sum is of those reported.'],
    });
  });

  it('withholds a part under the threshold where the breakdown could identify a child, and keeps the source total', () => {
    // Boys 2019: 9 is over the default threshold of 5; with a threshold of 10 it is withheld, and girls with it.
    const strict = countTable(bySex, { ...context(), thresholds: { ...DEFAULT_THRESHOLDS, qualitativeSuppressBelow: 10 } });
    expect(cell(strict, 'boy', '2019')).toMatchObject({ value: null, flags: ['suppressed'] });
    expect(cell(strict, 'girl', '2019')).toMatchObject({ value: null, flags: ['suppressed'] });
    expect(cell(strict, '_total', '2019').value).toBe(30);
  });

  it('names the sources of the figures it sums', () => {
    expect(table.sources).toEqual(['Police, Annual report']);
  });
});

describe('a breakdown by age as rates per 100,000 children of the same age', () => {
  const byAge: CountTableContract = {
    ...bySex,
    id: 'cases_by_age_per_100000',
    rows: {
      kind: 'levels',
      title: 'Age',
      levels: [
        { code: 'age_0_9', label: 'Under 10', when: q('breakdown').eq('age_0_9') },
        { code: 'age_10_17', label: '10–17', when: q('breakdown').eq('age_10_17') },
        { code: 'age_unknown', label: 'Age not recorded', when: q('breakdown').eq('age_unknown') },
      ],
    },
    ratePer100000ChildrenOfAge: { age_0_9: { from: 0, to: 9 }, age_10_17: { from: 10, to: 17 } },
  };
  const rows: Figure[] = [
    [...POLICE, '2019', 'cases', 'age_0_9', '12'],
    [...POLICE, '2019', 'cases', 'age_10_17', '38'],
    [...POLICE, '2019', 'cases', 'age_unknown', '7'],
    [...POLICE, '2021', 'cases', 'age_0_9', '3'],
    [...POLICE, '2021', 'cases', 'age_10_17', '57'],
  ];
  const population = {
    year: 2021,
    childrenByYear: [
      {
        year: 2019,
        children: 2_000_000,
        byAge: [
          { from: 0, to: 9, children: 1_200_000 },
          { from: 10, to: 13, children: 400_000 },
          { from: 14, to: 17, children: 400_000 },
        ],
      },
      // 2021 gives no band for ages 14–17: no rate for 10–17 that year.
      { year: 2021, children: 2_400_000, byAge: [{ from: 0, to: 13, children: 1_900_000 }] },
    ],
  };
  const ctx = (threshold: number): TableContext => ({
    ...context({ population } as Partial<AssessmentConfig>),
    tables: new Map([['figure', recordTable(rows)]]),
    thresholds: { ...DEFAULT_THRESHOLDS, qualitativeSuppressBelow: threshold },
  });

  it('divides each band by the children of its ages in that year, with the base, and leaves out totals and bands without ages', () => {
    // A threshold under every count here: nothing is withheld.
    const table = countTable(byAge, ctx(2));
    expect(table.rows.map((r) => [r.code, r.kind])).toEqual([
      ['age_0_9', 'rate'],
      ['age_10_17', 'rate'],
    ]);
    expect(table.columns.map((c) => c.code)).toEqual(['2019', '2021']);
    // 12 / 1,200,000 × 100,000 = 1; 38 / (400,000 + 400,000) × 100,000 = 4.75
    expect(cell(table, 'age_0_9', '2019')).toMatchObject({ value: 1, notes: ['Base: 1,200,000 children aged 0–9 in 2019.'] });
    expect(cell(table, 'age_10_17', '2019').value).toBeCloseTo(4.75, 12);
    expect(cell(table, 'age_10_17', '2021')).toMatchObject({
      value: null,
      notes: ['No population of ages 10–17 for 2021 (assessment.json population.childrenByYear[].byAge).'],
    });
    // A band the population splits otherwise (0–13 for 0–9) gives no rate either.
    expect(cell(table, 'age_0_9', '2021').value).toBeNull();
    expect(table.unit).toBe('cases per 100,000 children of the same age');
  });

  it('withholds a rate wherever the count is withheld', () => {
    const { ratePer100000ChildrenOfAge: _rates, ...asCounts } = byAge;
    const counts = countTable(asCounts, ctx(5));
    const rates = countTable(byAge, ctx(5));
    expect(cell(counts, 'age_0_9', '2021').flags).toContain('suppressed');
    expect(cell(rates, 'age_0_9', '2021')).toMatchObject({ value: null, flags: ['suppressed'] });
  });
});
