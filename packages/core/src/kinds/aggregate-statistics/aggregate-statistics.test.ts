import { describe, expect, it } from 'vitest';
import type { RecordTable } from '../../activity/contracts.js';
import type { TimeSeriesContract, CountTableContract } from '../../activity/table-contracts.js';
import type { AssessmentConfigInput } from '../../config/assessment-config.js';
import { parseAssessmentConfig } from '../../config/load-assessment-config.js';
import { evaluate, type RecordValues } from '../../expression/evaluate.js';
import { instrumentTexts } from '../../instrument/translations.js';
import type { DataRequest } from '../../instrument/data-request.js';
import { IssueCatalogue } from '../../issues/catalogue.js';
import { createIssue, type IssueInput } from '../../issues/issue.js';
import { recordJsonSchema } from '../../records/json-schema.js';
import type { RecordType } from '../../records/record-type.js';
import { compileRecordValidator } from '../../records/validator.js';
import {
  buildStatistics,
  checkDataRequest,
  figureLists,
  NOT_AVAILABLE,
  parsePeriod,
  periodsOfYears,
  periodYearBefore,
  reportedFigureRecordType,
  statisticsActivity,
  statisticsArtefacts,
  SEX_OF_CHILD,
  AGE_OF_CHILD,
  statisticsIssues,
  statisticsRequest,
  statisticsSynthesis,
  synthesisBounds,
  STATISTICS_SCAFFOLD,
  StatisticsSettingsSchema,
  TOTAL,
  type StatisticsDeclaration,
} from './index.js';

const ID = 'kit-statistics';

/** A small declaration of the kit's own: police cases along a justice chain, broken down by sex and offence, and referrals. */
const DECLARATION: StatisticsDeclaration = {
  activityId: ID,
  version: '1.2.0',
  request: { id: 'kit_request', title: 'Request for figures', instructions: [['fill', 'Fill one sheet per source.']] },
  recordType: { name: 'kit_figure', title: 'Reported figures' },
  sourceTypes: [
    ['police', 'Police units'],
    ['referrals', 'Referral centre'],
    ['unused', 'A source type asked for nothing'],
  ],
  categoryLists: [
    {
      name: 'offence',
      title: 'Offence type',
      parts: [
        ['grooming', 'Online grooming'],
        ['csam', 'Child sexual abuse material'],
        ['offence_not_recorded', 'Offence not recorded'],
      ],
      notRecorded: 'offence_not_recorded',
    },
  ],
  breakdownLists: [
    {
      name: 'sex',
      title: 'Sex of the child',
      parts: [
        ['girl', 'Girls'],
        ['boy', 'Boys'],
        ['sex_not_recorded', 'Sex not recorded'],
      ],
      notRecorded: 'sex_not_recorded',
    },
  ],
  measures: [
    {
      id: 'reports',
      sourceType: 'referrals',
      label: 'Referrals received',
      unit: 'referrals',
      definition: 'Referrals the centre received.',
      caveat: 'Referrals are not victims, cases or prevalence.',
      breakdownLists: [],
      typicalYear: { min: 2000, max: 4000 },
    },
    {
      id: 'cases',
      sourceType: 'police',
      label: 'Cases recorded',
      unit: 'cases',
      definition: 'Cases the police recorded.',
      caveat: 'Recorded cases are not prevalence.',
      categoryList: 'offence',
      breakdownLists: ['sex'],
      typicalYear: { min: 200, max: 300 },
    },
    {
      id: 'prosecutions',
      sourceType: 'police',
      label: 'Prosecutions',
      unit: 'cases prosecuted',
      definition: 'Cases prosecuted.',
      caveat: 'Prosecutions lag cases.',
      categoryList: 'offence',
      breakdownLists: ['sex'],
      typicalYear: { min: 60, max: 100 },
    },
    {
      id: 'convictions',
      sourceType: 'police',
      label: 'Convictions',
      unit: 'cases with a conviction',
      definition: 'Cases with a conviction.',
      caveat: 'Convictions lag prosecutions.',
      categoryList: 'offence',
      breakdownLists: [],
      typicalYear: { min: 10, max: 30 },
    },
  ],
  justiceChain: ['cases', 'prosecutions', 'convictions'],
  tables: [
    { kind: 'trend', id: 'referrals', title: 'Referrals per year', measures: ['reports'], ratePer100000Children: true },
    {
      kind: 'trend',
      id: 'chain',
      title: 'The justice chain',
      measures: ['cases', 'prosecutions', 'convictions'],
      ratePer100000Children: false,
      ratios: [{ id: 'convictions_per_case', label: 'Convictions per case', numerator: 'convictions', denominator: 'cases' }],
    },
    { kind: 'breakdown', id: 'cases_by_sex', title: 'Cases by sex', measure: 'cases', list: 'sex' },
    { kind: 'breakdown', id: 'cases_by_offence', title: 'Cases by offence', measure: 'cases', list: 'offence' },
  ],
};

const activity = statisticsActivity({
  declaration: DECLARATION,
  title: 'Kit statistics',
  description: 'Figures of the kit test.',
  disclosure: 'Figures sources reported.',
});
const built = activity.build();
const recordType = built.recordTypes[0] as RecordType;
const request = built.instruments[0] as DataRequest;
const catalogue = IssueCatalogue.of([activity]);

const GOOD: Record<string, unknown> = {
  source_type: 'police',
  organisation: 'Police Cybercrime Unit',
  document: 'Annual crime report 2021',
  retrieved: '2022-03-01',
  period: '2021',
  measure: 'cases',
  category: 'total',
  breakdown: 'total',
  value: '120',
  note: null,
};

/** Rows as validate hands them to a dataset rule: only some columns, empty cells null. */
function table(rows: readonly Partial<Record<string, string | null>>[]): Map<string, RecordTable> {
  const full = rows.map((r) => ({
    organisation: 'Police Cybercrime Unit',
    document: 'Annual report',
    category: 'total',
    breakdown: 'total',
    note: null,
    ...r,
  }));
  return new Map([['kit_figure', { file: 'kit_figure.csv', rows: full, rowNumbers: full.map((_, i) => i + 2) }]]);
}

function issues(tables: Map<string, RecordTable>, config = built): IssueInput[] {
  return config.datasetRules.flatMap((rule) => [...rule.check(tables)]);
}

/** Each issue as a user reads it: code, row, and its message filled from the catalogue. */
const read = (found: IssueInput[], codes = catalogue) =>
  found.map((i) => `${i.code.replace(`${ID}/`, '')} row ${i.row}: ${createIssue(i, codes).message}`);

describe('the reported-figure record type', () => {
  const validate = compileRecordValidator(recordJsonSchema(recordType));

  it('has one column per part of a figure, keyed by source, period, measure, category and breakdown', () => {
    expect(recordType.fields.map((f) => f.name)).toEqual([
      'source_type',
      'organisation',
      'document',
      'retrieved',
      'period',
      'measure',
      'category',
      'breakdown',
      'value',
      'note',
    ]);
    expect(recordType.key).toEqual(['organisation', 'period', 'measure', 'category', 'breakdown']);
    const field = (name: string) => recordType.fields.find((f) => f.name === name);
    expect(field('category')?.codes?.map((c) => c.code)).toEqual(['total', 'grooming', 'csam', 'offence_not_recorded']);
    expect(field('breakdown')?.codes?.map((c) => c.code)).toEqual(['total', 'girl', 'boy', 'sex_not_recorded']);
    expect(field('note')).toMatchObject({ freeText: true, required: false });
    expect(field('value')?.pattern?.description).toBe('a whole number of 0 or more, or not_available');
    expect(field('period')?.label?.en).toBe('Period (ISO year, quarter or month)');
  });

  it.each([
    ['a count', {}],
    ['zero', { value: '0' }],
    ['a figure not available', { value: NOT_AVAILABLE }],
    ['a quarter', { period: '2021-Q3' }],
    ['a month', { period: '2021-07' }],
    ['a note', { note: 'Counted by date of report.' }],
  ])('accepts %s', (_what, change) => {
    expect(validate({ ...GOOD, ...change }), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a negative count', { value: '-3' }, 'pattern'],
    ['a fraction', { value: '1.5' }, 'pattern'],
    ['thousands separators', { value: '1,234' }, 'pattern'],
    ['an empty value for "not available"', { value: '' }, 'pattern'],
    ['another not-available code', { value: 'N/A' }, 'pattern'],
    ['a number as a number', { value: 120 }, 'type'],
    ['a fifth quarter', { period: '2021-Q5' }, 'pattern'],
    ['a thirteenth month', { period: '2021-13' }, 'pattern'],
    ['a two-digit year', { period: '21' }, 'pattern'],
    ['a blank organisation', { organisation: '   ' }, 'pattern'],
    ['no document', { document: null }, 'type'],
    ['a retrieval date in another format', { retrieved: '01/03/2022' }, 'format'],
    ['a measure not declared', { measure: 'arrests' }, 'enum'],
    ['a breakdown of no list', { breakdown: 'women' }, 'enum'],
    ['a column that is not a field', { officer_name: 'J. Doe' }, 'additionalProperties'],
  ])('rejects %s', (_what, change, keyword) => {
    expect(validate({ ...GOOD, ...change })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });

  it('refuses a declaration whose lists or measures do not fit together', () => {
    const bad: StatisticsDeclaration = {
      ...DECLARATION,
      breakdownLists: [...DECLARATION.breakdownLists, { name: 'age', title: 'Age', parts: [['girl', 'Girls again']] }],
      measures: [
        { ...(DECLARATION.measures[1] as StatisticsDeclaration['measures'][number]), categoryList: 'platform', sourceType: 'courts' },
      ],
      justiceChain: ['cases', 'appeals'],
    };
    expect(() => figureLists(bad)).toThrow(
      /code "girl" of list "age" is in another breakdown list too[\s\S]*reported by "courts"[\s\S]*category list "platform"[\s\S]*justice chain names "appeals"/,
    );
  });
});

describe('the data request', () => {
  it('asks each source type that reports something for its measures, with unit, definition and caveat', () => {
    expect(request.sheets.map((s) => [s.sourceType, s.measures])).toEqual([
      ['police', ['cases', 'prosecutions', 'convictions']],
      ['referrals', ['reports']],
    ]);
    expect(request.measures.find((m) => m.id === 'reports')).toMatchObject({
      caveat: { key: 'kit_request.measures.reports.caveat', en: 'Referrals are not victims, cases or prevalence.' },
      breakdownLists: [],
    });
    expect(request.periods).toEqual(['2019', '2020', '2021']);
    expect(request.version).toBe('1.2.0');
  });

  it('reads back into the record type: every field, code and period it names is one the record type holds', () => {
    expect(checkDataRequest(request, recordType)).toEqual([]);
  });

  it('is caught when it drifts from the record type', () => {
    const drifted: DataRequest = {
      ...request,
      fields: { ...request.fields, retrieved: 'retrieval_date' },
      sheets: request.sheets.map((s) => ({ ...s, measures: s.measures.filter((m) => m !== 'convictions') })),
      measures: [...request.measures, { ...(request.measures[0] as DataRequest['measures'][number]), id: 'arrests' }],
      periods: [...request.periods, '2021-Q5'],
      notAvailable: '0',
      total: 'all',
    };
    const problems = checkDataRequest(drifted, recordType);
    expect(problems).toEqual(
      expect.arrayContaining([
        'the request puts its retrieved in "retrieval_date", which is not a field of kit_figure',
        'measure "arrests" is not a code of field "measure"',
        'measure "convictions" is on no sheet',
        'category "all" is not a code of field "category"',
        'breakdown "all" is not a code of field "breakdown"',
        'period "2021-Q5" is not one the record type can hold (2021, 2021-Q3 or 2021-07)',
        'the not-available code is 0, which cannot be told from a count of zero',
      ]),
    );
  });

  it('keys every text once under the request id, and follows the settings for its periods', () => {
    const texts = instrumentTexts(request);
    expect(new Set(texts.map((t) => t.key)).size).toBe(texts.length);
    expect(texts.filter((t) => !t.key.startsWith('kit_request.') && !t.key.startsWith('choices.'))).toEqual([]);
    const quarterly = activity.build(config({ referenceYears: { from: 2020, to: 2021 }, periodicity: 'quarter' }));
    expect((quarterly.instruments[0] as DataRequest).periods).toEqual(periodsOfYears({ from: 2020, to: 2021 }, 'quarter'));
    expect((quarterly.instruments[0] as DataRequest).periods).toHaveLength(8);
  });
});

function parse(settings: Record<string, unknown>, population?: AssessmentConfigInput['population']) {
  const input: AssessmentConfigInput = {
    country: 'XA',
    name: 'Examplia',
    languages: ['en'],
    activities: { [ID]: { version: '1.2.0', settings } },
    ...(population && { population }),
  };
  return parseAssessmentConfig(input, [activity]);
}

function config(settings: Record<string, unknown>, population?: AssessmentConfigInput['population']) {
  const parsed = parse(settings, population);
  if (parsed.status !== 'success') throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

describe('the issue codes', () => {
  it('are namespaced by the activity, so the catalogue takes them, and refused under another id', () => {
    expect(catalogue.has(`${ID}/parts-exceed-total`)).toBe(true);
    expect(catalogue.definition(`${ID}/justice-chain`).severity).toBe('warning');
    expect(() => IssueCatalogue.of([{ id: 'other-activity', issues: statisticsIssues(ID) }])).toThrow(
      /must be written "other-activity\/<code>"/,
    );
    expect(
      IssueCatalogue.of([activity, { id: 'second-statistics', issues: statisticsIssues('second-statistics') }]).has(
        'second-statistics/sudden-jump',
      ),
    ).toBe(true);
  });

  it('leave out the codes of rules the activity does not run', () => {
    expect(activity.issues.map((i) => i.code)).toContain(`${ID}/justice-chain`);
    expect(activity.issues.map((i) => i.code)).not.toContain(`${ID}/subset-exceeds-whole`);
    expect(statisticsIssues(ID)).toHaveLength(activity.issues.length + 1);
  });

  it('each say how to fix what they find', () => {
    for (const definition of statisticsIssues(ID)) {
      expect(definition.hint.length, definition.code).toBeGreaterThan(40);
      expect(definition.message, definition.code).toMatch(/\{\w+\}/);
    }
  });
});

describe('the dataset rules', () => {
  const cases = (value: string, more: Record<string, string | null> = {}) => ({ period: '2021', measure: 'cases', value, ...more });

  it('find nothing wrong in consistent figures', () => {
    const found = issues(
      table([
        cases('120'),
        cases('70', { breakdown: 'girl' }),
        cases('40', { breakdown: 'boy' }),
        cases('10', { breakdown: 'sex_not_recorded' }),
        cases('50', { category: 'grooming' }),
        cases(NOT_AVAILABLE, { category: 'csam' }),
        { period: '2021', measure: 'prosecutions', value: '60' },
        { period: '2021', measure: 'convictions', value: '20' },
        { period: '2020', measure: 'reports', value: '2500', organisation: 'Referral centre' },
        { period: '2021', measure: 'reports', value: '3100', organisation: 'Referral centre' },
      ]),
    );
    expect(read(found)).toEqual([]);
  });

  it('fail parts that add up to more than their total, and warn when every part is given but they fall short', () => {
    expect(read(issues(table([cases('100'), cases('70', { breakdown: 'girl' }), cases('40', { breakdown: 'boy' })])))).toEqual([
      'parts-exceed-total row 2: Cases recorded, 2021 (Police Cybercrime Unit): the parts by sex of the child add up to 110, more than the total of 100',
    ]);
    expect(
      read(
        issues(
          table([
            cases('100'),
            cases('50', { breakdown: 'girl' }),
            cases('30', { breakdown: 'boy' }),
            cases('5', { breakdown: 'sex_not_recorded' }),
          ]),
        ),
      ),
    ).toEqual([
      'parts-short-of-total row 2: Cases recorded, 2021 (Police Cybercrime Unit): the parts by sex of the child add up to 85, 15 less than the total of 100',
    ]);
    // Girls and boys only: the rest may be of unrecorded sex, so nothing is said.
    expect(issues(table([cases('100'), cases('50', { breakdown: 'girl' }), cases('30', { breakdown: 'boy' })]))).toEqual([]);
  });

  it('compare categories within one breakdown, and leave out parts not available', () => {
    const found = issues(
      table([
        cases('30', { breakdown: 'girl' }),
        cases('20', { breakdown: 'girl', category: 'grooming' }),
        cases('15', { breakdown: 'girl', category: 'csam' }),
        cases(NOT_AVAILABLE, { breakdown: 'girl', category: 'offence_not_recorded' }),
      ]),
    );
    expect(read(found)).toEqual([
      'parts-exceed-total row 2: Cases recorded, 2021 (Police Cybercrime Unit): the parts by offence type add up to 35, more than the total of 30',
    ]);
  });

  it('warn, not fail, where a later stage of the justice chain exceeds an earlier one in a year, summed over sources', () => {
    const found = issues(
      table([
        cases('50'),
        { period: '2021', measure: 'prosecutions', value: '30' },
        { period: '2021', measure: 'prosecutions', value: '25', organisation: 'Prosecution service' },
        { period: '2021', measure: 'convictions', value: '20' },
      ]),
    );
    expect(read(found)).toEqual(['justice-chain row 3: 2021, all categories, no breakdown: 55 prosecutions but only 50 cases recorded']);
    expect(catalogue.definition(found[0]?.code ?? 'type-error').severity).toBe('warning');
    expect(issues(table([cases('50'), { period: '2021', measure: 'prosecutions', value: '50' }]))).toEqual([]);
    // A stage not available that year is not compared.
    expect(
      issues(
        table([
          cases(NOT_AVAILABLE),
          { period: '2021', measure: 'prosecutions', value: '30' },
          { period: '2021', measure: 'convictions', value: '20' },
        ]),
      ),
    ).toEqual([]);
  });

  it('fail a measure larger than the measure it is part of, from the same source and period', () => {
    const withSubset = buildStatistics({ ...DECLARATION, subsets: [{ measure: 'prosecutions', of: 'cases' }] });
    const subsetIssues = (rows: Parameters<typeof table>[0]) =>
      read(
        issues(table(rows), withSubset).filter((i) => i.code === `${ID}/subset-exceeds-whole`),
        IssueCatalogue.of([{ id: ID, issues: statisticsIssues(ID) }]),
      );
    expect(subsetIssues([cases('120'), { period: '2021', measure: 'prosecutions', value: '130' }])).toEqual([
      'subset-exceeds-whole row 3: 2021 (Police Cybercrime Unit, all categories, no breakdown): 130 prosecutions but only 120 cases recorded',
    ]);
    expect(subsetIssues([cases('120'), { period: '2021', measure: 'prosecutions', value: '120' }])).toEqual([]);
    expect(
      subsetIssues([cases('120'), { period: '2021', measure: 'prosecutions', value: '130', organisation: 'Prosecution service' }]),
    ).toEqual([]);
    expect(built.datasetRules.map((r) => r.id)).not.toContain('subsets-within-whole');
    expect(() => figureLists({ ...DECLARATION, subsets: [{ measure: 'appeals', of: 'cases' }] })).toThrow(
      /a subset names "appeals", which is not a measure/,
    );
    expect(() => figureLists({ ...DECLARATION, subsets: [{ measure: 'cases', of: 'reports' }] })).toThrow(
      /"cases" cannot be a subset of "reports": a subset is another measure asked of the same kind of source/,
    );
    expect(() => figureLists({ ...DECLARATION, subsets: [{ measure: 'cases', of: 'cases' }] })).toThrow(/cannot be a subset of "cases"/);
  });

  it('ask for a note on a tenfold jump from the same period a year earlier, and say nothing once there is one', () => {
    const jump = (note: string | null) =>
      table([
        { period: '2020-Q3', measure: 'reports', value: '30' },
        { period: '2021-Q3', measure: 'reports', value: '300', note },
        { period: '2021-Q2', measure: 'reports', value: '31' },
      ]);
    const found = issues(jump(null)).filter((i) => i.code === `${ID}/sudden-jump`);
    expect(read(found)).toEqual([
      'sudden-jump row 3: Referrals received (Police Cybercrime Unit, all categories, no breakdown): 30 in 2020-Q3, 300 in 2021-Q3',
    ]);
    expect(issues(jump('A new reporting system started in July 2021.')).filter((i) => i.code === `${ID}/sudden-jump`)).toEqual([]);
    const small = table([
      { period: '2020', measure: 'reports', value: '1' },
      { period: '2021', measure: 'reports', value: '12' },
      { period: '2019', measure: 'cases', value: '0' },
      { period: '2020', measure: 'cases', value: '25' },
    ]);
    expect(read(issues(small))).toEqual([
      'sudden-jump row 5: Cases recorded (Police Cybercrime Unit, all categories, no breakdown): 0 in 2019, 25 in 2020',
    ]);
  });

  it('fail a period outside the reference years, with the setting to change', () => {
    const found = issues(
      table([
        { period: '2018-12', measure: 'reports', value: '5' },
        { period: '2019', measure: 'reports', value: '5' },
      ]),
    ).filter((i) => i.code === `${ID}/period-outside-reference-years`);
    expect(read(found)).toEqual(['period-outside-reference-years row 2: Period 2018-12 is outside the reference years 2019–2021']);
    // The hint a partner reads names the setting itself (it once printed "{setting}").
    expect(createIssue(found[0] as IssueInput, catalogue).params['hint']).toBe(
      `Correct the period or remove the figure. If the assessment should cover that year, change activities.${ID}.settings.referenceYears in assessment.json.`,
    );
    const wider = activity.build(config({ referenceYears: { from: 2018, to: 2021 } }));
    expect(issues(table([{ period: '2018-12', measure: 'reports', value: '5' }]), wider).map((i) => i.code)).not.toContain(
      `${ID}/period-outside-reference-years`,
    );
  });

  it('fail a year given with its own quarters, and warn on a year only partly covered', () => {
    const overlap = issues(
      table([
        { period: '2021', measure: 'reports', value: '400' },
        { period: '2021-Q1', measure: 'reports', value: '100' },
      ]),
    );
    expect(read(overlap)).toEqual([
      'overlapping-periods row 3: Referrals received (Police Cybercrime Unit, all categories, no breakdown): 2021-Q1 overlaps 2021, so 2021 would count the same figures twice',
    ]);
    const partial = issues(
      table([
        { period: '2021-Q1', measure: 'reports', value: '100' },
        { period: '2021-Q2', measure: 'reports', value: '100' },
        { period: '2021-07', measure: 'reports', value: '30' },
      ]),
    );
    expect(read(partial)).toEqual([
      'partial-year row 2: Referrals received (Police Cybercrime Unit, all categories, no breakdown): the periods given for 2021 cover 7 of its 12 months',
    ]);
    const whole = ['2021-Q1', '2021-Q2', '2021-Q3', '2021-10', '2021-11', '2021-12'].map((period) => ({
      period,
      measure: 'reports',
      value: '9',
    }));
    expect(issues(table(whole))).toEqual([]);
  });

  it('fail a placeholder where the source should be named, leaving empty cells to the missing-value check', () => {
    const found = issues(
      table([
        { period: '2021', measure: 'reports', value: '5', organisation: 'N/A' },
        { period: '2020', measure: 'reports', value: '5', document: 'unknown' },
        { period: '2019', measure: 'reports', value: '5', document: null },
      ]),
    );
    expect(read(found)).toEqual([
      'source-unnamed row 2: organisation "N/A" does not name a source',
      'source-unnamed row 3: document "unknown" does not name a source',
    ]);
  });

  it('read only the columns they declare, and skip values the type checks already reject', () => {
    for (const rule of built.datasetRules) expect(Object.keys(rule.needs)).toEqual(['kit_figure']);
    expect(issues(table([cases('about 100'), cases('70', { breakdown: 'girl' }), cases('x', { period: '2021-Q7' })]))).toEqual([]);
  });
});

describe('the table contracts', () => {
  const trend = (id: string) => built.tables.find((t) => t.id === id) as TimeSeriesContract;
  const count = (id: string) => built.tables.find((t) => t.id === id) as CountTableContract;
  const rows: RecordValues[] = [
    { ...GOOD, period: '2020', value: '100' },
    { ...GOOD, period: '2021-Q1', value: '30' },
    { ...GOOD, period: '2021-Q2', value: '40' },
    { ...GOOD, period: '2021', breakdown: 'girl', value: '45' },
    { ...GOOD, period: '2021', category: 'grooming', value: '20' },
    { ...GOOD, period: '2021', measure: 'convictions', value: '7' },
    { ...GOOD, period: '2021', organisation: 'Second unit', value: NOT_AVAILABLE },
  ];

  it("carry their measures' caveats and name their sources", () => {
    expect(trend('referrals').caveat).toBe('Referrals are not victims, cases or prevalence.');
    expect(trend('chain').caveat).toBe(
      'Cases recorded: Recorded cases are not prevalence. Prosecutions: Prosecutions lag cases. Convictions: Convictions lag prosecutions.',
    );
    expect(trend('chain').sourceFields).toEqual(['organisation', 'document', 'retrieved']);
    expect(trend('chain').definition).toMatch(/Sources: Police units, as named with each figure\./);
    expect(trend('referrals').definition).toMatch(/per 100,000 children under 18 in the same year/);
    expect(trend('chain').definition).toMatch(/Convictions per case: convictions divided by cases recorded of the same year\./);
    expect(count('cases_by_sex').caveat).toBe('Recorded cases are not prevalence.');
    expect(count('cases_by_sex').definition).toMatch(/Sources: Police units/);
  });

  it('sum, per year, only the totals of each measure (the universe and series a time series evaluates)', () => {
    const contract = trend('chain');
    const sum = (series: string, year: string) =>
      rows
        .filter((r) => evaluate(contract.universe ?? { kind: 'literal', value: true }, r))
        .filter((r) => evaluate(contract.series.find((s) => s.id === series)?.when ?? { kind: 'literal', value: false }, r))
        .filter((r) => String(r['period']).startsWith(year) && /^\d+$/.test(String(r['value'])))
        .reduce((s, r) => s + Number(r['value']), 0);
    expect([sum('cases', '2020'), sum('cases', '2021'), sum('convictions', '2021')]).toEqual([100, 70, 7]);
    expect(contract.ratios).toEqual([
      { id: 'convictions_per_case', label: 'Convictions per case', numerator: 'convictions', denominator: 'cases' },
    ]);
    expect(contract.notAvailable).toBe(NOT_AVAILABLE);
  });

  it('break a measure down by the parts of one list, with the other dimension at its total', () => {
    const bySex = count('cases_by_sex');
    expect(bySex.rows.kind === 'levels' && bySex.rows.levels.map((l) => l.code)).toEqual(['girl', 'boy', 'sex_not_recorded']);
    const inUniverse = rows.filter((r) => evaluate(bySex.universe ?? { kind: 'literal', value: true }, r));
    const girls = bySex.rows.kind === 'levels' ? bySex.rows.levels[0] : undefined;
    expect(inUniverse.filter((r) => girls && evaluate(girls.when, r)).map((r) => r['value'])).toEqual(['45']);
    expect(bySex.sum).toBe('value');
    const byOffence = count('cases_by_offence');
    expect(
      rows
        .filter((r) => evaluate(byOffence.universe ?? { kind: 'literal', value: true }, r) && r['category'] !== TOTAL)
        .map((r) => r['value']),
    ).toEqual(['20']);
  });

  it('refuse a breakdown by a list the measure does not have', () => {
    const bad: StatisticsDeclaration = {
      ...DECLARATION,
      tables: [{ kind: 'breakdown', id: 'convictions_by_sex', title: 'Convictions by sex', measure: 'convictions', list: 'sex' }],
    };
    expect(() => buildStatistics(bad)).toThrow(/breaks "convictions" down by "sex", which is not one of its lists/);
  });
});

describe('the synthesis plan', () => {
  const plan = built.synthesis;
  const periods = ['2019', '2020', '2021'];
  if (!plan) throw new Error('the kit builds no synthesis plan');
  const at = (measure: string, breakdown: string) => synthesisBounds(plan, measure, breakdown);

  it('is a grid of period × measure × breakdown over the reference years, the not-recorded parts left out', () => {
    expect(plan?.sample).toEqual({
      kind: 'grid',
      recordType: 'kit_figure',
      axes: [
        { field: 'period', values: periods },
        { field: 'measure', values: ['reports', 'cases', 'prosecutions', 'convictions'] },
        { field: 'breakdown', values: ['total', 'girl', 'boy'] },
      ],
    });
    expect(plan?.dateRange).toEqual({ from: '2022-01-15', to: '2022-06-30' });
    expect(plan?.answers.find((a) => a.field === 'organisation')?.model).toMatchObject({
      models: { reports: { value: 'Referral centre (synthetic)' } },
    });
  });

  it('writes "not available" for a breakdown the measure does not have, never zero', () => {
    expect(at('reports', 'girl')).toBe(NOT_AVAILABLE);
    expect(at('convictions', 'boy')).toBe(NOT_AVAILABLE);
    expect(at('cases', 'girl')).toEqual({ min: 50, max: 100 });
    expect(() => at('appeals', 'total')).toThrow(/the synthesis plan draws no count for appeals by total/);
  });

  it('draws parts that never exceed their total, a justice chain that steps down, and no tenfold jumps', () => {
    for (const m of DECLARATION.measures) {
      const total = at(m.id, 'total');
      if (total === NOT_AVAILABLE) throw new Error('a total is not available');
      const parts = ['girl', 'boy'].map((b) => at(m.id, b)).filter((p) => p !== NOT_AVAILABLE);
      expect(
        parts.reduce((s, p) => s + p.max, 0),
        m.id,
      ).toBeLessThanOrEqual(total.min);
      for (const b of ['total', 'girl', 'boy']) {
        const r = at(m.id, b);
        if (r !== NOT_AVAILABLE) expect(r.max < 20 || r.max < 10 * r.min, `${m.id} ${b}`).toBe(true);
      }
    }
    for (const b of ['total', 'girl', 'boy'])
      for (const [earlier, later] of [
        ['cases', 'prosecutions'],
        ['prosecutions', 'convictions'],
      ] as const) {
        const [e, l] = [at(earlier, b), at(later, b)];
        if (e !== NOT_AVAILABLE && l !== NOT_AVAILABLE) expect(l.max, `${later} ${b}`).toBeLessThanOrEqual(e.min);
      }
  });

  it('divides a typical year among quarters when figures are asked per quarter', () => {
    const quarterly = statisticsSynthesis(DECLARATION, {
      periods: periodsOfYears({ from: 2021, to: 2021 }, 'quarter'),
      periodicity: 'quarter',
      retrieved: { from: '2022-01-01', to: '2022-02-01' },
    });
    expect(synthesisBounds(quarterly, 'cases', 'total')).toEqual({ min: 50, max: 75 });
    expect(quarterly.sample.kind === 'grid' && quarterly.sample.axes[0]?.values).toEqual(['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4']);
  });
});

describe('the settings', () => {
  it('default to three reference years, yearly, and are offered by the scaffold', () => {
    expect(StatisticsSettingsSchema.parse({})).toEqual({ referenceYears: { from: 2019, to: 2021 }, periodicity: 'year' });
    const made = STATISTICS_SCAFFOLD.settings(
      { 'first-reference-year': 2017, 'last-reference-year': 2020 },
      { iso: 'XA', name: 'X', languages: ['en'] },
    );
    expect(StatisticsSettingsSchema.parse(made)).toEqual({ referenceYears: { from: 2017, to: 2020 }, periodicity: 'year' });
  });

  it('refuse years out of order, and warn where rates will lack a child population', () => {
    const outOfOrder = parse({ referenceYears: { from: 2021, to: 2019 } });
    expect(outOfOrder.status === 'failure' && outOfOrder.errors).toEqual([
      { severity: 'error', path: `activities.${ID}.settings.referenceYears`, message: 'the first year 2021 is after the last year 2019' },
    ]);
    const someYears = { year: 2021, source: 'Census', children: 500_000, childrenByYear: [{ year: 2019, children: 480_000 }] };
    expect(parse({}, someYears).warnings).toEqual([
      {
        severity: 'warning',
        path: 'population.childrenByYear',
        message: `no number of children for 2020: rates per 100,000 children of ${ID} will not be computed for that year`,
      },
    ]);
  });
});

describe('periods', () => {
  it('are read as a year, a quarter or a month, with the months they cover', () => {
    expect(parsePeriod('2021')?.months).toHaveLength(12);
    expect(parsePeriod('2021-Q3')).toMatchObject({ year: 2021, kind: 'quarter', months: [7, 8, 9] });
    expect(parsePeriod('2021-07')).toMatchObject({ year: 2021, kind: 'month', months: [7] });
    expect([parsePeriod('2021-Q0'), parsePeriod('2021-7'), parsePeriod('July 2021')]).toEqual([undefined, undefined, undefined]);
    expect(periodYearBefore(parsePeriod('2021-Q3') ?? { text: '', year: 0, kind: 'year', months: [] })).toBe('2020-Q3');
    expect(periodsOfYears({ from: 2020, to: 2021 }, 'month')).toHaveLength(24);
  });
});

describe('an activity made with the kit', () => {
  it('declares its kind, its codes, and a disclosure policy that protects breakdowns but not totals', () => {
    expect(activity).toMatchObject({ id: ID, kind: 'aggregate-statistics', version: '1.2.0' });
    expect(activity.disclosure).toEqual({ case: 'reported-count', description: 'Figures sources reported.', identifying: ['breakdown'] });
    expect(activity.issues.map((i) => i.code)).toContain(`${ID}/source-unnamed`);
    expect(reportedFigureRecordType(DECLARATION).instrumentVersion).toBe('1.2.0');
    expect(statisticsRequest(DECLARATION, ['2021']).recordType).toBe('kit_figure');
  });
});

describe('the generated files of a package made with the kit', () => {
  it('are the record schema, its types and every English text of the request by key', async () => {
    const files = await statisticsArtefacts(built);
    expect(files.map((f) => f.path)).toEqual(['schema/kit_figure.schema.json', 'schema/kit_figure.d.ts', 'translations/en.json']);
    const english = JSON.parse(files[2]?.content ?? '{}') as Record<string, string>;
    expect(english['kit_request.measures.reports.caveat']).toBe('Referrals are not victims, cases or prevalence.');
    expect(english['choices.sex.girl']).toBe('Girls');
  });

  it('refuse one key with two English texts', async () => {
    const clash: DataRequest = { ...request, title: { key: 'kit_request.title', en: 'Another title' } };
    await expect(statisticsArtefacts({ ...built, instruments: [request, clash] })).rejects.toThrow(
      /kit_request\.title has two English texts/,
    );
  });

  it('share the breakdowns by sex and age of the child, each with its not-recorded part', () => {
    for (const list of [SEX_OF_CHILD, AGE_OF_CHILD]) expect(list.parts.map(([code]) => code)).toContain(list.notRecorded);
    expect(DECLARATION.breakdownLists[0]?.parts.map(([code]) => code)).toEqual(['girl', 'boy', 'sex_not_recorded']);
  });
});
