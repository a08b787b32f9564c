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

/** A small survey activity built with the core builder, so generator tests need no real activity's build. */
function build(config?: AssessmentConfig): BuiltActivity {
  const age = config?.survey?.ageRange ?? { min: 12, max: 17 };
  const instrument = defineInstrument({
    id: 'pupil',
    title: 'Pupil questionnaire',
    version: '1.0.0',
    recordType: 'pupil',
    key: ['pupil_id'],
    choiceLists: [choices('yes_no', [['yes', 'Yes'], ['no', 'No']]), extensionList('region', [['region_a', 'Region A']])],
    children: [
      code('pupil_id', 'Pupil code', { required: true }),
      selectOne('assent', 'yes_no', 'Do you agree to answer?', { required: true }),
      integer('age', 'How old are you?', { required: true, relevant: q('assent').eq('yes'), constraint: self().between(age.min, age.max), min: age.min, max: age.max }),
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
  };
}

export const fixtureActivity: ActivityDefinition = {
  id: 'household-survey',
  title: 'Fixture survey',
  version: '1.0.0',
  kind: 'survey',
  description: 'A small survey for generator tests.',
  requiresEthicalClearance: false,
  usesSurveyDesign: true,
  build,
};
