import {
  choices,
  code,
  defineInstrument,
  extensionList,
  integer,
  q,
  recordTypesOf,
  selectOne,
  self,
  type ActivityDefinition,
  type AssessmentConfig,
  type BuiltActivity,
} from '@dh/core';
import { z } from 'zod';

const ID = 'pupil-survey';
const Settings = z.strictObject({ ageRange: z.strictObject({ min: z.int().min(5).max(25), max: z.int().min(5).max(25) }) });
const settingsOf = (config?: AssessmentConfig) => Settings.parse(config?.activities[ID]?.settings ?? { ageRange: { min: 12, max: 17 } });

/** A small survey activity of the tests' own, so generator tests need no real activity's build. */
function build(config?: AssessmentConfig): BuiltActivity {
  const age = settingsOf(config).ageRange;
  const instrument = defineInstrument({
    id: 'pupil',
    title: 'Pupil questionnaire',
    version: '1.0.0',
    recordType: 'pupil',
    key: ['pupil_id'],
    choiceLists: [
      choices('yes_no', [
        ['yes', 'Yes'],
        ['no', 'No'],
      ]),
      extensionList('region', [['region_a', 'Region A']]),
    ],
    children: [
      code('pupil_id', 'Pupil code', { required: true }),
      selectOne('assent', 'yes_no', 'Do you agree to answer?', { required: true }),
      integer('age', 'How old are you?', {
        required: true,
        relevant: q('assent').eq('yes'),
        constraint: self().between(age.min, age.max),
        min: age.min,
        max: age.max,
      }),
      selectOne('region', 'region', 'Where do you live?', { relevant: q('assent').eq('yes') }),
    ],
  });
  return {
    instruments: [instrument],
    recordTypes: recordTypesOf(instrument),
    links: [],
    recordRules: [],
    datasetRules: [],
    derivedVariables: [],
    designs: [],
    consent: [{ recordType: 'pupil', condition: q('assent').eq('yes'), before: ['pupil_id', 'assent'] }],
    disaggregations: [],
    indicators: [],
    tables: [],
  };
}

export const fixtureActivity: ActivityDefinition = {
  id: ID,
  title: 'Fixture survey',
  version: '1.0.0',
  kind: 'survey',
  description: 'A small survey for generator tests.',
  settings: Settings,
  issues: [],
  disclosure: { case: 'respondent', description: 'Sampled pupils.' },
  checkSettings: (config) => {
    const { min, max } = settingsOf(config).ageRange;
    return min > max ? [{ severity: 'error', path: `activities.${ID}.settings.ageRange`, message: `min ${min} is above max ${max}` }] : [];
  },
  comparability: [
    { id: 'ages', title: 'Ages surveyed', value: (config) => `${settingsOf(config).ageRange.min}–${settingsOf(config).ageRange.max}` },
  ],
  scaffold: {
    options: [
      { name: 'age-min', type: 'integer', default: 12, description: 'youngest age surveyed' },
      { name: 'age-max', type: 'integer', default: 17, description: 'oldest age surveyed' },
    ],
    settings: (options) => ({ ageRange: { min: Number(options['age-min'] ?? 12), max: Number(options['age-max'] ?? 17) } }),
  },
  build,
};
