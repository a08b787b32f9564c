import { all, q, type IndicatorContract } from '@dh/core';
import { caregiverConsented } from '../instruments/caregiver-interview.js';
import type { SurveyParameters } from '../survey-parameters.js';
import { EXCLUDE_ALL, proportion, substantive } from './proportion.js';
import type { QuestionTexts } from './question-texts.js';

/** Internet use among all children of the age range: from the roster, not only the interviewed (docs/methodology.md). */
export function rosterIndicators(params: SurveyParameters, disaggregations: readonly string[], texts: QuestionTexts): IndicatorContract[] {
  const recall = `past ${params.recallMonths} months`;
  return [
    proportion({
      id: 'internet_use_all_children',
      title: `Children aged ${params.ageMin}–${params.ageMax} who used the internet in the ${recall}`,
      definition: `Share of all children aged ${params.ageMin}–${params.ageMax} listed in household rosters who used the internet in the ${recall}, as reported by the household respondent: those answered ${texts.answers('roster_internet_use', ['yes'])} to "${texts.question('roster_internet_use')}" (question roster_internet_use). Weighted by the household's design weight (roster rows take their design through roster_household_id).`,
      recordType: 'roster',
      universe: all(substantive('roster_internet_use'), q('roster_age').between(params.ageMin, params.ageMax)),
      numerator: q('roster_internet_use').eq('yes'),
      missing: { ...EXCLUDE_ALL, note: 'Children whose internet use the respondent did not know are outside the denominator.' },
      missingFrom: ['roster_internet_use'],
      recallPeriod: recall,
      disaggregations,
      populationBase: 'childrenInAgeRange',
    }),
  ];
}

const AGREE = ['agree', 'strongly_agree'];
const AGREEMENT = ['strongly_disagree', 'disagree', ...AGREE];

/** Caregiver indicators: own internet use, awareness, victim-blaming, reporting to police (docs/methodology.md § household-survey). */
export function caregiverIndicators(
  params: SurveyParameters,
  disaggregations: readonly string[],
  texts: QuestionTexts,
): IndicatorContract[] {
  const base = 'caregivers of interviewed children who consented';
  const item = (
    id: string,
    title: string,
    variable: string,
    codes: readonly string[],
    yesCodes: readonly string[],
    sentence: string,
    recallPeriod: string,
  ): IndicatorContract =>
    proportion({
      id,
      title,
      definition: `Share of ${base} who ${sentence}: those answering ${texts.answers(variable, yesCodes)} to "${texts.question(variable)}" (question ${variable}).`,
      recordType: 'caregiver',
      universe: all(caregiverConsented, substantive(variable, ...codes)),
      numerator: q(variable).in(...yesCodes),
      missing: {
        ...EXCLUDE_ALL,
        note: 'Caregivers answering "don\'t know" or "prefer not to say" to the question, or not answering it, are outside the denominator.',
      },
      missingFrom: [variable],
      recallPeriod: recallPeriod,
      disaggregations,
    });
  return [
    item(
      'caregiver_uses_internet',
      'Caregivers who use the internet',
      'cg_internet_use',
      ['yes', 'no'],
      ['yes'],
      `used the internet themselves in the past ${params.recallMonths} months`,
      `past ${params.recallMonths} months`,
    ),
    item(
      'caregiver_heard_of_risks',
      'Caregivers who have heard of OCSEA',
      'cg_heard_of_risks',
      ['yes', 'no'],
      ['yes'],
      'have heard of children being sexually abused or exploited through the internet or phones',
      'ever',
    ),
    item(
      'caregiver_victim_blaming',
      'Caregivers who blame children for online sexual abuse',
      'cg_att_victim_blame',
      AGREEMENT,
      AGREE,
      'agree that a child sexually abused online is partly to blame',
      'at the interview',
    ),
    item(
      'caregiver_would_go_to_police',
      'Caregivers who would report online sexual abuse of their child to the police',
      'cg_would_go_police',
      ['yes', 'no'],
      ['yes'],
      'would go to the police if their child were sexually abused or exploited online',
      'at the interview',
    ),
  ];
}
