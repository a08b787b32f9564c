// A small survey activity built with the core builder, so analysis is tested on its own
// contracts: households with a roster (design through a link), children (own design).
import {
  all,
  calculate,
  choices,
  code,
  decimal,
  defineInstrument,
  integer,
  q,
  recordTypesOf,
  repeat,
  selectMultiple,
  selectOne,
  type ActivityDefinition,
  type BuiltActivity,
  type Disaggregation,
  type IndicatorContract,
} from '@dh/core';
import { z } from 'zod';

/** The fixture's own id: analysis never learns a real activity's name. */
export const FIXTURE_ID = 'fixture-survey';

/** The fixture's settings section: its population and lonely-PSU policy. */
export const FixtureSettings = z.strictObject({
  ageRange: z.strictObject({ min: z.int(), max: z.int() }).default({ min: 12, max: 17 }),
  recallMonths: z.int().default(3),
  lonelyPsu: z.enum(['fail', 'remove', 'adjust', 'average', 'certainty']).default('fail'),
});
const settingsOf = (config: Parameters<ActivityDefinition['build']>[0]) =>
  FixtureSettings.parse(config?.activities[FIXTURE_ID]?.settings ?? {});

const yesNo = choices('yes_no_dk', [
  ['yes', 'Yes'],
  ['no', 'No'],
  { code: 'dont_know', label: "Don't know", missing: 'dont_know' },
  { code: 'refused', label: 'Prefer not to say', missing: 'refused' },
]);
const sex = choices('sex', [
  ['boy', 'Boy'],
  ['girl', 'Girl'],
]);
const strata = choices('stratum', [
  ['s1', 'S1'],
  ['s2', 'S2'],
  ['s3', 'S3'],
  ['s4', 'S4'],
]);
const told = choices('told', [
  ['no_one', 'No one'],
  ['friend', 'A friend'],
  ['parent', 'A parent'],
  { code: 'refused', label: 'Prefer not to say', missing: 'refused' },
]);

const design = [selectOne('stratum', 'stratum', 'Stratum'), code('psu', 'PSU'), decimal('weight', 'Weight')];

const household = defineInstrument({
  id: 'fixture_household',
  title: 'Household',
  version: '1.2.0',
  recordType: 'household',
  key: ['household_id'],
  choiceLists: [yesNo, sex, strata],
  children: [
    code('household_id', 'Household'),
    ...design,
    repeat(
      'roster',
      'Children',
      [
        calculate('roster_household_id', q('household_id'), 'text'),
        integer('roster_line', 'Line'),
        integer('roster_age', 'Age'),
        selectOne('roster_sex', 'sex', 'Sex'),
        selectOne('roster_internet', 'yes_no_dk', 'Used the internet'),
      ],
      { recordType: 'roster', key: ['roster_household_id', 'roster_line'] },
    ),
  ],
});

const child = defineInstrument({
  id: 'fixture_child',
  title: 'Child',
  version: '1.2.0',
  recordType: 'child',
  key: ['child_id'],
  choiceLists: [yesNo, sex, strata, told],
  children: [
    code('child_id', 'Child'),
    code('household_id', 'Household'),
    ...design,
    integer('age', 'Age'),
    selectOne('sex', 'sex', 'Sex'),
    selectOne('offered', 'yes_no_dk', 'Offered money for images'),
    selectMultiple('told', 'told', 'Whom did you tell?', { relevant: q('offered').eq('yes') }),
    integer('hours_online', 'Hours online yesterday'),
  ],
});

export const FIXTURE_DISAGGREGATIONS: Disaggregation[] = [
  {
    id: 'sex',
    title: 'Sex',
    levels: [
      { code: 'boy', label: 'Boys', when: q('sex').eq('boy') },
      { code: 'girl', label: 'Girls', when: q('sex').eq('girl') },
    ],
  },
  {
    id: 'age_band',
    title: 'Age',
    levels: [
      { code: '12_14', label: '12–14', when: q('age').between(12, 14) },
      { code: '15_17', label: '15–17', when: q('age').between(15, 17) },
    ],
  },
  {
    id: 'roster_sex',
    title: 'Sex',
    levels: [
      { code: 'boy', label: 'Boys', when: q('roster_sex').eq('boy') },
      { code: 'girl', label: 'Girls', when: q('roster_sex').eq('girl') },
    ],
  },
];

const base = {
  activity: FIXTURE_ID,
  acceptsVersions: '^1.0.0',
  version: '1.0.0',
  recallPeriod: 'past year',
  missing: { dontKnow: 'exclude', refused: 'exclude', missing: 'exclude', note: 'Non-substantive answers are outside the denominator.' },
} as const;

export const OFFERED: IndicatorContract = {
  ...base,
  id: 'offered',
  title: 'Children offered money for images',
  definition: 'Share of children offered money or gifts for sexual images.',
  recordType: 'child',
  estimator: 'proportion',
  universe: q('age').between(12, 17),
  numerator: q('offered').eq('yes'),
  missingFrom: ['offered'],
  weighted: true,
  disaggregations: ['sex', 'age_band'],
  populationBase: 'internetUsingChildren',
};

export const FIXTURE_INDICATORS: IndicatorContract[] = [
  OFFERED,
  {
    ...base,
    id: 'told_no_one',
    title: 'Children who told no one',
    definition: 'Among children offered money, share who told no one.',
    recordType: 'child',
    estimator: 'proportion',
    universe: all(q('age').between(12, 17), q('offered').eq('yes')),
    numerator: q('told_no_one').eq(1),
    missingFrom: ['told'],
    weighted: true,
    disaggregations: ['sex'],
  },
  {
    ...base,
    id: 'roster_internet',
    title: 'Children in rosters who used the internet',
    definition: 'Share of all roster children who used the internet.',
    recordType: 'roster',
    estimator: 'proportion',
    universe: q('roster_age').between(12, 17),
    numerator: q('roster_internet').eq('yes'),
    missingFrom: ['roster_internet'],
    weighted: true,
    disaggregations: ['roster_sex'],
  },
  {
    ...base,
    id: 'hours_online',
    title: 'Hours online yesterday',
    definition: 'Mean hours online yesterday.',
    recordType: 'child',
    estimator: 'mean',
    universe: q('age').between(12, 17),
    value: q('hours_online').expr,
    missingFrom: [],
    weighted: true,
    disaggregations: ['sex'],
  },
  { ...OFFERED, id: 'offered_unweighted', title: 'Children offered money (respondents)', weighted: false, disaggregations: ['sex'] },
];

export interface FixtureOptions {
  readonly indicators?: readonly IndicatorContract[];
  readonly version?: string;
}

/** The fixture activity; tests swap indicators to change a contract. */
export function fixtureActivity(options: FixtureOptions = {}): ActivityDefinition {
  const build = (config?: Parameters<ActivityDefinition['build']>[0]): BuiltActivity => ({
    instruments: [household, child],
    recordTypes: [household, child].flatMap(recordTypesOf),
    links: [{ from: { recordType: 'roster', fields: ['roster_household_id'] }, to: { recordType: 'household', fields: ['household_id'] } }],
    recordRules: [],
    datasetRules: [],
    derivedVariables: [
      {
        name: 'told_no_one',
        recordType: 'child',
        version: '1.0.0',
        title: 'Told no one',
        description: 'Told no one.',
        expr: q('told').selected('no_one'),
      },
    ],
    designs: ['household', 'child'].map((recordType) => ({
      recordType,
      stratum: 'stratum',
      psu: 'psu',
      weight: 'weight',
      lonelyPsu: settingsOf(config).lonelyPsu,
    })),
    consent: [],
    disaggregations: FIXTURE_DISAGGREGATIONS,
    indicators: [...(options.indicators ?? FIXTURE_INDICATORS)],
    tables: [],
  });
  return {
    id: FIXTURE_ID,
    title: 'Fixture survey',
    version: options.version ?? '1.2.0',
    kind: 'survey',
    description: 'A small survey for analysis tests.',
    settings: FixtureSettings,
    issues: [],
    disclosure: { case: 'respondent', description: 'Sampled children.' },
    comparability: [
      { id: 'ages', title: 'Ages surveyed', value: (config) => `${settingsOf(config).ageRange.min}–${settingsOf(config).ageRange.max}` },
      {
        id: 'internet-user',
        title: 'Internet users: used the internet within',
        value: (config) => `${settingsOf(config).recallMonths} months`,
      },
    ],
    build,
  };
}
