import { code, date, selectOne, type NodeDraft } from '@dh/core';
import type { SurveyParameters } from '../survey-parameters.js';

/**
 * The sample design variables every interview record carries, so each file can be analysed
 * on its own design (docs/methodology.md § household-survey). Names come from the assessment
 * config (`survey.stratumVariable`, `survey.psuVariable`).
 */
export function designFields(params: SurveyParameters): NodeDraft[] {
  return [
    selectOne(params.stratumVariable, 'stratum', 'Stratum of the enumeration area (from the sample list)', { required: true }),
    code(params.psuVariable, 'Enumeration area (PSU) code (from the sample list)', { required: true }),
  ];
}

/** When, by whom and in which language an interview was held: codes only, never names. */
export function interviewFields(): NodeDraft[] {
  return [
    date('interview_date', 'Date of the interview', { required: true }),
    code('interviewer_id', 'Interviewer code', { required: true }),
    selectOne('interview_language', 'language', 'Language of the interview', { required: true }),
  ];
}
