import { answered, q, type RecordRule } from '@dh/core';
import type { SurveyParameters } from '../survey-parameters.js';

/**
 * Checks on one record that a tablet constraint alone does not guarantee once data are
 * edited after collection (docs/methodology.md § household-survey).
 */
export function surveyRecordRules(params: SurveyParameters): RecordRule[] {
  const range = `${params.ageMin}–${params.ageMax}`;
  return [
    {
      id: 'child-age-in-survey-range',
      recordType: 'child',
      description: `The interviewed child is aged ${range}, the survey's age range (assessment config survey.ageRange).`,
      when: answered('age'),
      assert: q('age').between(params.ageMin, params.ageMax),
      severity: 'error',
      message: `Child {child_id} is aged {age}, outside the survey's age range ${range}; check the age or whether the right child was interviewed.`,
      field: 'age',
    },
    {
      id: 'roster-age-in-survey-range',
      recordType: 'roster',
      description: `Every roster child is aged ${range}: only children of the survey's age range are listed.`,
      when: answered('roster_age'),
      assert: q('roster_age').between(params.ageMin, params.ageMax),
      severity: 'error',
      message: `Roster line {roster_line} of household {roster_household_id} is aged {roster_age}, outside ${range}; remove the row or correct the age.`,
      field: 'roster_age',
    },
    {
      id: 'child-is-internet-user',
      recordType: 'child',
      description: `Only internet-using children are interviewed (used the internet in the past ${params.recallMonths} months).`,
      when: answered('internet_use_recall'),
      assert: q('internet_use_recall').eq('yes'),
      severity: 'warning',
      message: `Child {child_id} says they have not used the internet in the past ${params.recallMonths} months, but only internet users are interviewed; check the roster answer and the selection.`,
      field: 'internet_use_recall',
    },
  ];
}
