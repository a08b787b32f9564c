import { code, defineInstrument, group, integer, type Instrument, type NodeDraft } from '@dh/core';
import { listsUsedBy } from '../../choice-lists.js';
import type { SurveyParameters } from '../../survey-parameters.js';
import { HOUSEHOLD_SURVEY_VERSION } from '../../version.js';
import { designFields, interviewFields } from '../design-fields.js';
import { childConsentQuestions } from './consent.js';
import { helpAndWellbeing } from './help-wellbeing.js';
import { identityAndAccess } from './identity-access.js';
import { ocseaModules } from './ocsea-module.js';

export const CHILD_INTERVIEW_ID = 'child_interview';

/** The interview of the one internet-using child selected in each household (docs/methodology.md § household-survey). */
export function childInterviewInstrument(params: SurveyParameters): Instrument {
  const children: NodeDraft[] = [
    group('identification', 'Identification', [
      code('child_id', 'Child code: household code, "C" and the roster line (e.g. H00012-C2)', { required: true }),
      code('household_id', 'Household code', { required: true }),
      integer('line_number', 'Roster line number of the selected child', { required: true, min: 1, max: 20 }),
      ...designFields(params),
      ...interviewFields(),
    ]),
    group('consent', 'Consent and assent', childConsentQuestions()),
    ...identityAndAccess(params),
    ...ocseaModules(),
    ...helpAndWellbeing(),
  ];
  return defineInstrument({
    id: CHILD_INTERVIEW_ID,
    title: 'Disrupting Harm household survey: child interview',
    version: HOUSEHOLD_SURVEY_VERSION,
    recordType: 'child',
    key: ['child_id'],
    choiceLists: listsUsedBy(params, children),
    children,
  });
}
