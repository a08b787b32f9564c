// An aggregate-statistics activity of the tests' own: a data-request workbook, one record per
// reported figure, a time series with rates and a breakdown table. No shared code names it.
import {
  activitySettings,
  codeOf,
  defineIssue,
  defineRecordType,
  q,
  recordList,
  textLike,
  type ActivityDefinition,
  type AssessmentConfig,
  type BuiltActivity,
  type DataRequest,
  type DatasetRule,
  type IssueInput,
} from '@dh/core';
import { z } from 'zod';

export const STATISTICS_ID = 'fixture-statistics';
const VERSION = '1.0.0';

const Settings = z.strictObject({ years: z.strictObject({ from: z.int(), to: z.int() }).default({ from: 2019, to: 2021 }) });
const settingsOf = (config?: AssessmentConfig) => activitySettings(config, STATISTICS_ID, Settings, { years: { from: 2019, to: 2021 } });

const sourceTypes = recordList('source_type', [['police', 'Police unit']]);
const measures = recordList('measure', [
  ['cases', 'Cases opened'],
  ['convictions', 'Convictions'],
]);
const categories = recordList('category', [
  ['all', 'All'],
  ['grooming', 'Online grooming'],
]);
const breakdowns = recordList('breakdown', [
  ['all', 'All'],
  ['girls', 'Girls'],
  ['boys', 'Boys'],
]);

const value = defineRecordType({
  name: 'reported_value',
  title: 'Reported figures',
  key: ['source_type', 'organisation', 'period', 'measure', 'category', 'breakdown'],
  instrument: { id: 'fixture_request', version: VERSION },
  lists: [sourceTypes, measures, categories, breakdowns],
  schema: z.strictObject({
    source_type: codeOf(sourceTypes),
    organisation: z.string().meta({ description: 'Organisation' }),
    document: z.string().meta({ description: 'Document or dataset' }),
    retrieved: z.iso.date().meta({ description: 'Date retrieved' }),
    period: textLike(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'a period written 2021, 2021-Q3 or 2021-07'),
    measure: codeOf(measures),
    category: codeOf(categories),
    breakdown: codeOf(breakdowns),
    value: textLike(/^(0|[1-9]\d*|not_available)$/, 'a whole number of 0 or more, or not_available'),
    note: z.string().nullable(),
  }),
});

const partsExceed = defineIssue({
  code: `${STATISTICS_ID}/parts-exceed-total`,
  severity: 'error',
  category: 'rule',
  title: 'Breakdown exceeds its total',
  description: 'The parts of a breakdown add up to more than the total the source reported.',
  message: '{measure} {period}: the breakdown adds up to {parts}, more than the total {total}',
  hint: 'Check the figures with the source.',
});

const partsWithinTotal: DatasetRule = {
  id: 'parts-within-total',
  description: 'Girls and boys together do not exceed the total.',
  needs: { reported_value: ['organisation', 'period', 'measure', 'category', 'breakdown', 'value'] },
  *check(tables): Iterable<IssueInput> {
    const table = tables.get('reported_value');
    if (!table) return;
    const sums = new Map<string, { total?: number; parts: number }>();
    table.rows.forEach((row) => {
      const n = Number(row['value']);
      if (!Number.isFinite(n)) return;
      const key = ['organisation', 'period', 'measure', 'category'].map((f) => String(row[f])).join('|');
      const entry = sums.get(key) ?? { parts: 0 };
      if (row['breakdown'] === 'all') entry.total = n;
      else entry.parts += n;
      sums.set(key, entry);
    });
    for (const [key, { total, parts }] of sums) {
      const [, period, measure] = key.split('|');
      if (total !== undefined && parts > total)
        yield { code: partsExceed.code, file: table.file, params: { measure: measure ?? '', period: period ?? '', parts, total } };
    }
  },
};

function build(config?: AssessmentConfig): BuiltActivity {
  const { years } = settingsOf(config);
  const periods = Array.from({ length: years.to - years.from + 1 }, (_, i) => String(years.from + i));
  const t = (key: string, en: string) => ({ key: `fixture_request.${key}`, en });
  const request: DataRequest = {
    kind: 'data-request',
    id: 'fixture_request',
    title: t('title', 'Request for figures'),
    version: VERSION,
    instructions: [{ id: 'fill', text: t('fill', 'Fill one sheet per source.') }],
    sheets: [{ id: 'police', title: t('police', 'Police'), sourceType: 'police', measures: ['cases', 'convictions'] }],
    measures: [
      {
        id: 'cases',
        label: t('cases', 'Cases opened'),
        unit: t('cases_unit', 'cases'),
        definition: t('cases_def', 'Cases opened in the year.'),
        caveat: t('cases_caveat', 'Cases are not victims.'),
        categoryList: 'category',
        breakdownLists: ['breakdown'],
      },
      {
        id: 'convictions',
        label: t('convictions', 'Convictions'),
        unit: t('convictions_unit', 'convictions'),
        definition: t('convictions_def', 'Convictions in the year.'),
        caveat: t('convictions_caveat', 'Convictions lag cases.'),
        breakdownLists: [],
      },
    ],
    periods,
    choiceLists: [categories, breakdowns],
    recordType: 'reported_value',
    fields: {
      sourceType: 'source_type',
      organisation: 'organisation',
      document: 'document',
      retrieved: 'retrieved',
      period: 'period',
      measure: 'measure',
      category: 'category',
      breakdown: 'breakdown',
      value: 'value',
      note: 'note',
    },
    notAvailable: 'not_available',
    total: 'all',
  };
  const totals = (measure: string) => q('measure').eq(measure);
  return {
    instruments: [request],
    recordTypes: [value],
    links: [],
    recordRules: [],
    datasetRules: [partsWithinTotal],
    derivedVariables: [],
    designs: [],
    consent: [],
    disaggregations: [],
    indicators: [],
    tables: [
      {
        outputKind: 'time-series',
        id: 'trend',
        title: 'Cases and convictions per year',
        definition: 'Sum over sources of the totals reported per year.',
        activity: STATISTICS_ID,
        version: VERSION,
        acceptsVersions: '^1.0.0',
        recordType: 'reported_value',
        caveat: 'Reports are not victims, cases or prevalence.',
        universe: q('breakdown').eq('all'),
        periodField: 'period',
        valueField: 'value',
        notAvailable: 'not_available',
        sourceFields: ['organisation', 'document'],
        series: [
          { id: 'cases', label: 'Cases opened', when: totals('cases'), unit: 'cases' },
          { id: 'convictions', label: 'Convictions', when: totals('convictions'), unit: 'convictions' },
        ],
        ratePer100000Children: true,
        ratios: [{ id: 'attrition', label: 'Convictions per case', numerator: 'convictions', denominator: 'cases' }],
      },
      {
        outputKind: 'count-table',
        id: 'cases_by_sex',
        title: 'Cases by sex of the child',
        definition: 'Cases reported, by sex of the child and year.',
        activity: STATISTICS_ID,
        version: VERSION,
        acceptsVersions: '^1.0.0',
        recordType: 'reported_value',
        universe: q('measure').eq('cases'),
        sum: 'value',
        unit: 'cases',
        rows: {
          kind: 'levels',
          title: 'Sex of the child',
          levels: [
            { code: 'girls', label: 'Girls', when: q('breakdown').eq('girls') },
            { code: 'boys', label: 'Boys', when: q('breakdown').eq('boys') },
          ],
        },
        columns: { kind: 'field', title: 'Year', field: 'period' },
      },
    ],
    synthesis: {
      sample: {
        kind: 'grid',
        recordType: 'reported_value',
        axes: [
          { field: 'period', values: periods },
          { field: 'measure', values: ['cases', 'convictions'] },
          { field: 'breakdown', values: ['all', 'girls', 'boys'] },
        ],
      },
      selections: [],
      followOns: [],
      weights: [],
      answers: [
        { recordType: 'reported_value', field: 'source_type', model: { kind: 'fixed', value: 'police' } },
        { recordType: 'reported_value', field: 'organisation', model: { kind: 'fixed', value: 'Fixture Police Unit' } },
        { recordType: 'reported_value', field: 'document', model: { kind: 'fixed', value: 'Annual report' } },
        { recordType: 'reported_value', field: 'category', model: { kind: 'fixed', value: 'all' } },
        {
          recordType: 'reported_value',
          field: 'value',
          model: {
            kind: 'depends',
            on: 'breakdown',
            models: { all: { kind: 'range', min: 40, max: 60, decimals: 0 } },
            otherwise: { kind: 'range', min: 1, max: 12, decimals: 0 },
          },
        },
      ],
      nonSubstantive: { dontKnow: 0, refused: 0 },
      dateRange: { from: '2022-01-10', to: '2022-01-20' },
    },
  };
}

export const fixtureStatistics: ActivityDefinition = {
  id: STATISTICS_ID,
  title: 'Fixture statistics',
  version: VERSION,
  kind: 'aggregate-statistics',
  description: 'Police figures (a test fixture).',
  settings: Settings,
  issues: [partsExceed],
  disclosure: {
    case: 'reported-count',
    description: 'Figures sources reported; breakdowns by sex could point to a child.',
    identifying: ['breakdown'],
  },
  comparability: [],
  build,
};
