import { parseAssessmentConfig, type AssessmentConfig, type AssessmentConfigInput, type FieldDefinition, type RecordType } from '@dh/core';
import { activity } from '../src/index.js';

/** A fictional country (user-assigned code XD) with its own regions and a planned sample of 60. */
export const FRONTLINE_CONFIG: AssessmentConfigInput = {
  country: 'XD',
  name: 'Servania',
  synthetic: true,
  languages: ['en', 'sw'],
  activities: { 'frontline-worker-survey': { version: '0.1.0', settings: { targetSampleSize: 60 } } },
  fieldwork: { start: '2022-03-01', end: '2022-05-31' },
  extensionLists: {
    region: [
      { code: 'coast', label: 'Coast' },
      { code: 'lakes', label: 'Lakes' },
      { code: 'capital', label: 'Capital' },
    ],
  },
};

export function parsedConfig(input: AssessmentConfigInput): AssessmentConfig {
  const result = parseAssessmentConfig(input, [activity]);
  if (result.status !== 'success') throw new Error(`fixture config is invalid: ${JSON.stringify(result.errors)}`);
  return result.config;
}

export const built = activity.build();

export function workerType(from = built): RecordType {
  const found = from.recordTypes.find((r) => r.name === 'frontline_worker');
  if (!found) throw new Error('no frontline_worker record type');
  return found;
}

export function field(name: string, rt: RecordType = workerType()): FieldDefinition {
  const found = rt.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${rt.name}`);
  return found;
}

/** A hand-written interview: an NGO counsellor who saw cases, was trained, names stigma and taboos. */
export const GOOD_WORKER: Record<string, unknown> = {
  respondent_id: 'FW-012',
  interviewer_id: 'INT02',
  interview_date: '2021-03-04',
  interview_language: 'en',
  consent: 'yes',
  role: 'counsellor',
  sector: 'ngo',
  region: 'region_a',
  years_experience: 6,
  cases_seen: 'yes',
  cases_number: 4,
  case_types: ['grooming', 'sextortion'],
  training_received: 'yes',
  training_when: 'one_to_three_years',
  knows_reporting: 'yes',
  reporting_channels: ['police', 'child_helpline'],
  reporting_duty: 'no',
  barriers: ['stigma', 'sexuality_taboo'],
  resources: ['referral_pathway', 'private_space'],
  resources_enough: 'disagree',
  interview_minutes: 35,
};
