import { describe, expect, it } from 'vitest';
import { compileRecordValidator } from '../records/validator.js';
import { assessmentConfigJsonSchema, checkConfigForActivities, parseAssessmentConfig } from './load-assessment-config.js';

const valid = {
  country: 'KE',
  name: 'Kenya',
  languages: ['en', 'sw'],
  activities: { 'household-survey': { version: '1.0.0' } },
  survey: {
    ageRange: { min: 12, max: 17 },
    internetUser: { recallMonths: 3, definition: 'Used the internet in the past 3 months' },
    strata: [{ code: 'nairobi_urban', label: 'Nairobi, urban' }],
  },
  fieldwork: { start: '2021-01-10', end: '2021-03-31' },
  population: { year: 2021, internetUsingChildren: 3_000_000, source: 'Census projection' },
};

const errorsOf = (config: unknown) => {
  const result = parseAssessmentConfig(config);
  return result.status === 'failure' ? result.errors : [];
};

describe('the assessment config', () => {
  it('accepts a complete config and fills defaults', () => {
    const result = parseAssessmentConfig(valid);
    expect(result.status).toBe('success');
    if (result.status !== 'success') return;
    expect(result.config.thresholds).toEqual({ suppressBelow: 25, flagBelow: 50, qualitativeSuppressBelow: 5, kAnonymity: 5 });
    expect(result.config.survey?.lonelyPsu).toBe('fail');
    expect(result.config.survey?.weightVariable).toBe('weight');
  });

  it('accepts user-assigned codes for fictional countries', () => {
    expect(errorsOf({ ...valid, country: 'XA' })).toEqual([]);
  });

  it.each([
    ['an unassigned country code', { country: 'QA1' }, 'country'],
    ['a code ISO has not assigned', { country: 'XK'.replace('X', 'O') }, 'country'],
    ['an unknown language', { languages: ['en', 'qq'] }, 'languages.1'],
    ['a malformed language tag', { languages: ['english!'] }, 'languages.0'],
    ['an unknown activity', { activities: { 'household-surveys': { version: '1.0.0' } } }, 'activities'],
    ['an unpinned activity', { activities: { 'household-survey': { version: 'latest' } } }, 'activities.household-survey.version'],
    ['fieldwork ending before it starts', { fieldwork: { start: '2021-05-01', end: '2021-03-31' } }, 'fieldwork'],
    ['an age range upside down', { survey: { ...valid.survey, ageRange: { min: 17, max: 12 } } }, 'survey.ageRange'],
    ['a key the schema does not know', { colour: 'blue' }, '(top level)'],
  ])('refuses %s, naming where', (_name, change, path) => {
    const errors = errorsOf({ ...valid, ...change });
    expect(errors.map((e) => e.path)).toContain(path);
  });

  it('requires the survey design when an activity that uses it runs', () => {
    const result = parseAssessmentConfig({ ...valid, survey: undefined, population: undefined });
    if (result.status !== 'success') throw new Error('a config without a survey parses');
    const needs = checkConfigForActivities(result.config, [{ id: 'household-survey', usesSurveyDesign: true }]);
    expect(needs.errors.map((e) => e.path)).toEqual(['survey']);
    expect(needs.warnings.map((e) => e.path)).toEqual(['population']);
    expect(checkConfigForActivities(result.config, [{ id: 'household-survey', usesSurveyDesign: false }]).errors).toEqual([]);
  });

  it('publishes a JSON Schema that accepts the same config, so editors can check assessment.json', () => {
    const validate = compileRecordValidator(assessmentConfigJsonSchema());
    expect(validate({ $schema: './assessment.schema.json', ...valid }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...valid, country: 'kenya' })).toBe(false);
  });
});
