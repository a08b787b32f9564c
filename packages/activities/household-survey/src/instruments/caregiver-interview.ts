import { code, defineInstrument, group, integer, q, selectMultiple, selectOne, type Instrument, type NodeDraft } from '@dh/core';
import { listsUsedBy } from '../choice-lists.js';
import type { SurveyParameters } from '../survey-parameters.js';
import { HOUSEHOLD_SURVEY_VERSION } from '../version.js';
import { designFields, interviewFields } from './design-fields.js';
import { exclusiveCodes, exclusiveMessage } from './exclusive.js';

export const CAREGIVER_INTERVIEW_ID = 'caregiver_interview';

/** Nothing is asked of a caregiver who has not agreed to be interviewed (docs/methodology.md § household-survey). */
export const caregiverConsented = q('cg_consent').eq('yes');

function caregiverModules(params: SurveyParameters): NodeDraft[] {
  const gate = { relevant: caregiverConsented };
  return [
    group(
      'cg_identity',
      'About you',
      [
        integer('cg_age', 'How old are you? (completed years)', { required: true, min: 18, max: 99 }),
        selectOne('cg_sex', 'adult_sex', 'Interviewer: record the sex of the caregiver.', { required: true }),
        selectOne('cg_relationship', 'relationship', 'What is your relationship to the child we interviewed?', { required: true }),
        selectOne('cg_education', 'education', 'What is the highest level of school you completed?', { required: true }),
      ],
      gate,
    ),
    group(
      'cg_internet',
      'Your own internet use',
      [
        selectOne(
          'cg_internet_use',
          'yes_no_dk_ref',
          `In the past ${params.recallMonths} months, have you used the internet yourself, on any device?`,
          { required: true },
        ),
        selectOne('cg_internet_frequency', 'frequency', 'How often do you go online?', {
          required: true,
          relevant: q('cg_internet_use').eq('yes'),
        }),
      ],
      gate,
    ),
    group(
      'cg_awareness',
      'Online risks',
      [
        selectOne(
          'cg_heard_of_risks',
          'yes_no_dk_ref',
          'Have you heard of children being asked for sexual photos, or sexually abused or exploited, through the internet or mobile phones?',
          { required: true },
        ),
        selectOne('cg_worried', 'agreement', 'I worry that my child could be sexually harmed through the internet.', { required: true }),
        selectOne(
          'cg_child_told_upset',
          'yes_no_dk_ref',
          'In the past 12 months, has the child told you about something online that upset them?',
          { required: true },
        ),
      ],
      { ...gate, extensionPoint: 'caregiver_online_risks' },
    ),
    group(
      'cg_mediation_module',
      "The child's internet use",
      [
        selectMultiple('cg_mediation', 'mediation', "Which of these do you do about the child's internet use? Choose all that apply.", {
          required: true,
          constraint: exclusiveCodes('no_mediation'),
          constraintMessage: exclusiveMessage('None of these'),
        }),
      ],
      gate,
    ),
    group(
      'cg_attitudes',
      'What you think',
      [
        selectOne('cg_att_victim_blame', 'agreement', 'When a child is sexually abused online, the child is partly to blame.', {
          required: true,
        }),
        selectOne('cg_att_images_fault', 'agreement', "If a child's sexual photo is shared, it is the child's own fault for taking it.", {
          required: true,
        }),
        selectOne('cg_att_talk_about_sex', 'agreement', 'Parents should talk with their children about sex and relationships.', {
          required: true,
        }),
      ],
      gate,
    ),
    group(
      'cg_reporting',
      'Reporting',
      [
        selectMultiple(
          'cg_report_where',
          'report_place',
          'If your child were sexually abused or exploited online, where would you report it? Choose all that apply.',
          {
            required: true,
            constraint: exclusiveCodes('would_not_report', 'dont_know'),
            constraintMessage: exclusiveMessage('I would not report it', "Don't know"),
          },
        ),
        selectOne('cg_would_go_police', 'yes_no_dk_ref', 'Would you go to the police?', { required: true }),
      ],
      gate,
    ),
    group(
      'cg_closing',
      'End of the interview',
      [
        integer('cg_interview_minutes', 'Length of the interview in minutes (the tablet records it; leave empty if it did not).', {
          min: 5,
          max: 240,
        }),
      ],
      gate,
    ),
  ];
}

/** The interview of the caregiver most involved in the selected child's internet use, linked by `child_id`. */
export function caregiverInterviewInstrument(params: SurveyParameters): Instrument {
  const children: NodeDraft[] = [
    group('cg_identification', 'Identification', [
      code('caregiver_id', 'Caregiver code: child code and "-P" (e.g. H00012-C2-P)', { required: true }),
      code('child_id', 'Code of the interviewed child', { required: true }),
      code('household_id', 'Household code', { required: true }),
      ...designFields(params),
      ...interviewFields(),
    ]),
    group('cg_consent_group', 'Consent', [
      selectOne('cg_consent', 'yes_no', 'Read the caregiver information sheet. Does the caregiver agree to be interviewed?', {
        required: true,
      }),
    ]),
    ...caregiverModules(params),
  ];
  return defineInstrument({
    id: CAREGIVER_INTERVIEW_ID,
    title: 'Disrupting Harm household survey: caregiver interview',
    version: HOUSEHOLD_SURVEY_VERSION,
    recordType: 'caregiver',
    key: ['caregiver_id'],
    choiceLists: listsUsedBy(params, children),
    children,
  });
}
