import { choices, q, selectOne } from '@dh/core';
import { FAMILY_TYPES } from './respondent-types.js';

/**
 * How far the case of a child or caregiver had gone when they were interviewed
 * (docs/methodology.md § the interview activities: access to justice "from report to
 * verdict"), so that what they say can be read against the stage they reached. Asked of
 * families only: a professional speaks of many cases.
 */
export const CASE_STAGE = choices('aj_case_stage', [
  ['reported', 'Reported to the police or another authority, not investigated further'],
  ['investigated', 'Under investigation, or investigated without a charge'],
  ['in_court', 'Charged and before a court, without a verdict yet'],
  ['verdict', 'A court gave a verdict'],
  ['closed_without_verdict', 'Closed, withdrawn or settled without a verdict'],
  ['not_known', 'The respondent does not know'],
]);

export const CASE_STAGE_QUESTION = selectOne('case_stage', 'aj_case_stage', 'How far had the case gone at the time of the interview?', {
  required: true,
  relevant: q('respondent_type').in(...FAMILY_TYPES),
  hint: 'As the respondent described it. Record the stage only, never a case number or the name of a court.',
});
