import {
  arithmetic,
  calculate,
  code,
  date,
  defineInstrument,
  group,
  integer,
  q,
  repeat,
  selectOne,
  self,
  text,
  type Instrument,
  type NodeDraft,
} from '@dh/core';
import { listsUsedBy } from '../choice-lists.js';
import type { SurveyParameters } from '../survey-parameters.js';
import { HOUSEHOLD_SURVEY_VERSION } from '../version.js';
import { designFields } from './design-fields.js';

export const SCREENER_ID = 'household_screener';

/** The screener goes on only where an adult of the household agreed to answer it. */
export const screenerConsented = q('screener_consent').eq('yes');

/** An eligible child: listed in the roster (so in the age range) and an internet user (docs/methodology.md). */
export const rosterEligible = q('roster_internet_use').eq('yes');

/**
 * The household roster: one row per child of the survey's age range, its own record type
 * linked to the household by `roster_household_id` (docs/methodology.md § household-survey).
 */
function roster(params: SurveyParameters): NodeDraft {
  const ages = `${params.ageMin} to ${params.ageMax}`;
  return repeat(
    'roster',
    `Children aged ${ages} living in this household`,
    [
      calculate('roster_household_id', q('household_id'), 'text'),
      calculate('roster_stratum', q(params.stratumVariable), 'text'),
      integer('roster_line', 'Line number of this child in the roster', { required: true, min: 1, max: 20 }),
      integer('roster_age', 'How old is this child (completed years)?', {
        required: true,
        min: params.ageMin,
        max: params.ageMax,
        constraint: self().between(params.ageMin, params.ageMax),
        constraintMessage: `Only children aged ${ages} belong in this roster.`,
      }),
      selectOne('roster_sex', 'child_sex', 'Is this child a boy or a girl?', { required: true }),
      selectOne(
        'roster_internet_use',
        'yes_no_dk',
        `In the past ${params.recallMonths} months, has this child used the internet, on any device and in any place?`,
        {
          required: true,
          hint: "Include using apps such as social media, messaging or games, on their own or someone else's phone.",
        },
      ),
      // XPath turns a true comparison into 1 when multiplied, so the flag is 1/0 on the tablet as here.
      calculate('roster_eligible', arithmetic('*', rosterEligible, 1), 'integer'),
      selectOne(
        'roster_selected',
        'yes_no',
        'Was this child selected for the interview? (The tablet selects one eligible child at random.)',
        {
          required: true,
          relevant: q('roster_eligible').eq(1),
        },
      ),
    ],
    {
      recordType: 'roster',
      key: ['roster_household_id', 'roster_line'],
      relevant: q('children_in_range').gt(0),
      repeatCount: q('children_in_range').expr,
    },
  );
}

export function screenerInstrument(params: SurveyParameters): Instrument {
  const children: NodeDraft[] = [
    group('visit', 'Visit', [
      code('household_id', 'Household code (from the listing sheet)', { required: true }),
      code('interviewer_id', 'Interviewer code', { required: true }),
      date('visit_date', 'Date of the visit', { required: true }),
      ...designFields(params),
      selectOne('urban_rural', 'urban_rural', 'Is this enumeration area urban or rural?', { required: true }),
      selectOne('visit_outcome', 'visit_outcome', 'Outcome of the visit', { required: true }),
      selectOne(
        'screener_consent',
        'yes_no',
        'Read the household information sheet. Does the adult agree to answer questions about the household?',
        {
          required: true,
          relevant: q('visit_outcome').eq('contacted'),
        },
      ),
    ]),
    group(
      'household',
      'The household',
      [
        integer('household_size', 'How many people usually live in this household, including children?', {
          required: true,
          min: 1,
          max: 40,
        }),
        integer('children_in_range', `How many of them are aged ${params.ageMin} to ${params.ageMax}?`, {
          required: true,
          min: 0,
          max: 20,
          constraint: self().lt(q('household_size')),
          constraintMessage:
            'The number of children must be smaller than the number of people in the household (the respondent is an adult).',
        }),
        roster(params),
      ],
      { relevant: screenerConsented },
    ),
    group('closing', 'End of visit', [
      text('interviewer_remarks', 'Remarks about the visit, if any. Do not write names, phone numbers or addresses.'),
    ]),
  ];
  return defineInstrument({
    id: SCREENER_ID,
    title: 'Disrupting Harm household survey: household screener and roster',
    version: HOUSEHOLD_SURVEY_VERSION,
    recordType: 'household',
    key: ['household_id'],
    choiceLists: listsUsedBy(params, children),
    children,
  });
}
