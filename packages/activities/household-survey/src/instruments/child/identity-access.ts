import { group, integer, q, selectMultiple, selectOne, self, type NodeDraft } from '@dh/core';
import type { SurveyParameters } from '../../survey-parameters.js';
import { exclusiveCodes, exclusiveMessage } from '../exclusive.js';
import { childConsented } from './consent.js';

/** Identity (age, sex, schooling, disability) and access (docs/methodology.md § household-survey, child modules). */
export function identityAndAccess(params: SurveyParameters): NodeDraft[] {
  const ages = `${params.ageMin} to ${params.ageMax}`;
  return [
    group(
      'identity',
      'About you',
      [
        integer('age', 'How old are you? (completed years)', {
          required: true,
          min: params.ageMin,
          max: params.ageMax,
          constraint: self().between(params.ageMin, params.ageMax),
          constraintMessage: `This survey interviews children aged ${ages}; check the age with the child and the roster.`,
        }),
        selectOne('sex', 'child_sex', 'Are you a boy or a girl?', { required: true }),
        selectOne('in_school', 'yes_no_dk_ref', 'Do you go to school at the moment?', { required: true }),
        selectOne('school_level', 'school_level', 'Which level of school are you in?', {
          required: true,
          relevant: q('in_school').eq('yes'),
        }),
        selectOne('difficulty_seeing', 'difficulty', 'Do you have difficulty seeing, even if wearing glasses?', { required: true }),
        selectOne('difficulty_hearing', 'difficulty', 'Do you have difficulty hearing, even if using a hearing aid?', { required: true }),
        selectOne('difficulty_walking', 'difficulty', 'Do you have difficulty walking or climbing steps?', { required: true }),
        selectOne('difficulty_concentrating', 'difficulty', 'Do you have difficulty remembering or concentrating?', { required: true }),
      ],
      { relevant: childConsented },
    ),
    group(
      'access',
      'Going online',
      [
        selectOne(
          'internet_use_recall',
          'yes_no_dk_ref',
          `In the past ${params.recallMonths} months, have you used the internet, on any device and in any place?`,
          {
            required: true,
            hint: "This includes using apps such as social media, messaging or games, on your own or someone else's phone.",
          },
        ),
        selectMultiple('devices', 'device', 'Which devices do you use to go online? Choose all that apply.', { required: true }),
        selectMultiple('places', 'place', 'Where do you go online? Choose all that apply.', { required: true }),
        selectOne('frequency', 'frequency', 'How often do you go online?', { required: true }),
        integer('hours_online', 'On a usual school day, about how many hours do you spend online?', { required: true, min: 0, max: 24 }),
        selectMultiple('barriers', 'barrier', 'What, if anything, stops you from going online when you want to? Choose all that apply.', {
          required: true,
          constraint: exclusiveCodes('no_barrier'),
          constraintMessage: exclusiveMessage('Nothing stops me'),
        }),
      ],
      { relevant: childConsented },
    ),
    group(
      'activities_online',
      'What you do online',
      [
        selectMultiple(
          'online_activities',
          'online_activity',
          'Which of these did you do online in the past month? Choose all that apply.',
          { required: true },
        ),
      ],
      // Local apps and pastimes a country asks about (docs/methodology.md § country adaptations).
      { relevant: childConsented, extensionPoint: 'child_online_activities' },
    ),
    group(
      'digital_skills',
      'Your digital skills',
      [
        selectOne('skill_privacy_settings', 'true_of_me', 'I know how to change my privacy settings.', { required: true }),
        selectOne('skill_block_people', 'true_of_me', 'I know how to block people I do not want to hear from.', { required: true }),
        selectOne('skill_check_information', 'true_of_me', 'I know how to check whether information I find online is true.', {
          required: true,
        }),
        selectOne('skill_report_content', 'true_of_me', 'I know how to report harmful content or contact on the apps I use.', {
          required: true,
        }),
      ],
      { relevant: childConsented },
    ),
  ];
}
