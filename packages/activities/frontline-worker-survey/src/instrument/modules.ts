import { all, group, integer, not, q, self, selectMultiple, selectOne, type Expr, type NodeDraft, type QuestionOptions } from '@dh/core';
import { consented } from './consent.js';

/** A select_multiple answer where `code` ("none", "don't know") stands alone: required, with its constraint and message. */
function withAlone(code: string, label: string): QuestionOptions {
  const constraint: Expr = not(all(self().selected(code), self().countSelected().gt(1)));
  return { required: true, constraint, constraintMessage: `"${label}" cannot be chosen together with other answers.` };
}

/** OCSEA, as the questions say it to a worker: abuse or exploitation in which the internet or a phone played a part. */
const OCSEA = 'sexually abused or exploited, where the internet or a mobile phone played a part';

/**
 * The questionnaire's modules (docs/methodology.md § frontline-worker-survey): the worker's
 * role, sector, region and experience; OCSEA cases seen in the past year; training; knowledge
 * of reporting; perceived barriers to disclosure and reporting; resources. Each is asked only
 * after consent.
 */
export function frontlineModules(): NodeDraft[] {
  const gate = { relevant: consented };
  const casesSeen = q('cases_seen').eq('yes');
  return [
    group(
      'fw_work',
      'About your work',
      [
        selectOne('role', 'fw_role', 'Which of these best describes your role?', { required: true }),
        selectOne('sector', 'fw_sector', 'Who do you work for?', {
          required: true,
          hint: 'The organisation that employs you, or that you volunteer for.',
        }),
        selectOne('region', 'region', 'In which region do you mainly work?', { required: true }),
        integer(
          'years_experience',
          'For how many years have you worked with children in this or a similar role? (completed years; 0 if less than one)',
          { required: true, min: 0, max: 50 },
        ),
      ],
      gate,
    ),
    group(
      'fw_cases',
      'Cases you have worked with',
      [
        selectOne(
          'cases_seen',
          'fw_yes_no_dk_ref',
          `In the past 12 months, have you worked with any case of a child who was ${OCSEA}? For example: grooming online, sexual images of a child shared, threats to share images, abuse streamed live.`,
          { required: true },
        ),
        integer('cases_number', 'About how many such children did you work with in the past 12 months? An estimate is fine.', {
          required: true,
          min: 1,
          max: 500,
          relevant: casesSeen,
        }),
        selectMultiple('case_types', 'fw_case_type', 'What happened in these cases? Choose all that apply.', {
          ...withAlone('dont_know', "Don't know"),
          relevant: casesSeen,
        }),
      ],
      gate,
    ),
    group(
      'fw_training',
      'Training',
      [
        selectOne(
          'training_received',
          'fw_yes_no_dk_ref',
          'Have you ever received training on how to respond to child sexual abuse or exploitation that involves the internet or mobile phones?',
          { required: true },
        ),
        selectOne('training_when', 'fw_training_when', 'When did you last receive such training?', {
          required: true,
          relevant: q('training_received').eq('yes'),
        }),
      ],
      gate,
    ),
    group(
      'fw_reporting',
      'Reporting',
      [
        selectOne('knows_reporting', 'fw_yes_no_dk_ref', `If a child you work with were ${OCSEA}, would you know how to report it?`, {
          required: true,
        }),
        selectMultiple('reporting_channels', 'fw_channel', 'Where would you report it? Choose all that apply.', {
          required: true,
          relevant: q('knows_reporting').eq('yes'),
        }),
        selectOne(
          'reporting_duty',
          'fw_yes_no_dk_ref',
          "Are you required, by law or by your organisation's rules, to report suspected sexual abuse of a child?",
          { required: true },
        ),
      ],
      gate,
    ),
    group(
      'fw_barriers',
      'Barriers to disclosure and reporting',
      [
        selectMultiple(
          'barriers',
          'fw_barrier',
          `In your experience, what stops children and their families from telling someone, or from reporting, when a child is ${OCSEA}? Choose all that apply.`,
          withAlone('dont_know', "Don't know"),
        ),
      ],
      gate,
    ),
    group(
      'fw_resources',
      'Resources',
      [
        selectMultiple(
          'resources',
          'fw_resource',
          'Which of these do you have for your work with such cases? Choose all that apply.',
          withAlone('none', 'None of these'),
        ),
        selectOne(
          'resources_enough',
          'fw_agreement',
          `How much do you agree: "The resources available to me are enough to respond well to children who are ${OCSEA}."`,
          { required: true },
        ),
      ],
      { ...gate, extensionPoint: 'frontline_resources' },
    ),
    group(
      'fw_closing',
      'End of the interview',
      [integer('interview_minutes', 'Length of the interview in minutes (leave empty if not recorded).', { min: 5, max: 240 })],
      gate,
    ),
  ];
}
