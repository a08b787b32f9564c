import { parseAssessmentConfig, type AssessmentConfig, type AssessmentConfigInput, type Checklist, type RecordType } from '@dh/core';
import { activity } from '../src/index.js';

/** A fictional country (user-assigned code XB) reviewing its laws in early 2022 with two listed reviewers. */
export const REVIEW_CONFIG: AssessmentConfigInput = {
  country: 'XB',
  name: 'Lexland',
  synthetic: true,
  languages: ['en', 'fr'],
  activities: { 'legal-policy-review': { version: '0.1.0', settings: { reviewers: ['R01', 'LR-02'] } } },
  fieldwork: { start: '2022-02-01', end: '2022-04-30' },
};

export function parsedConfig(input: AssessmentConfigInput): AssessmentConfig {
  const result = parseAssessmentConfig(input, [activity]);
  if (result.status !== 'success') throw new Error(`fixture config is invalid: ${JSON.stringify(result.errors)}`);
  return result.config;
}

export const built = activity.build();

export function checklistOf(instruments = built.instruments): Checklist {
  const found = instruments.find((i): i is Checklist => i.kind === 'checklist');
  if (!found) throw new Error('the review has no checklist');
  return found;
}

export function reviewType(): RecordType {
  const found = built.recordTypes.find((r) => r.name === 'provision_review');
  if (!found) throw new Error('no provision_review record type');
  return found;
}

/** A sound row: grooming coded yes, cited with the law's date, reviewed after it. */
export const GROOMING_YES: Record<string, unknown> = {
  provision_id: 'online_grooming',
  status: 'yes',
  citation: 'Cybercrime Act (No. 3 of 2018), s. 16',
  law_date: '2018-06-14',
  document_year: null,
  review_date: '2022-03-10',
  reviewer: 'R01',
  note: null,
};

/** A sound policy row: the national plan coded partial, cited with its year. */
export const PLAN_PARTIAL: Record<string, unknown> = {
  provision_id: 'national_plan',
  status: 'partial',
  citation: 'National Plan of Action for Children 2019-2023',
  law_date: null,
  document_year: 2019,
  review_date: '2022-03-11',
  reviewer: 'LR-02',
  note: 'Mentions online abuse in one paragraph, with no activities or budget.',
};
