import type { ConsentGate, DesignDeclaration, RecordLink } from '@dh/core';
import { caregiverConsented } from './instruments/caregiver-interview.js';
import { childConsented } from './instruments/child/consent.js';
import { screenerConsented } from './instruments/screener.js';
import type { SurveyParameters } from './survey-parameters.js';

/** How the four record types join (docs/methodology.md § household-survey: one caregiver per child interview). */
export const SURVEY_LINKS: readonly RecordLink[] = [
  { from: { recordType: 'roster', fields: ['roster_household_id'] }, to: { recordType: 'household', fields: ['household_id'] } },
  { from: { recordType: 'child', fields: ['household_id'] }, to: { recordType: 'household', fields: ['household_id'] } },
  {
    from: { recordType: 'child', fields: ['household_id', 'line_number'] },
    to: { recordType: 'roster', fields: ['roster_household_id', 'roster_line'] },
  },
  { from: { recordType: 'caregiver', fields: ['child_id'] }, to: { recordType: 'child', fields: ['child_id'] }, oneToOne: true },
];

/** Household, child and caregiver records carry the design; roster rows take it from their household. */
export function surveyDesigns(params: SurveyParameters): DesignDeclaration[] {
  const design = { stratum: params.stratumVariable, psu: params.psuVariable, weight: params.weightVariable, lonelyPsu: params.lonelyPsu };
  return ['household', 'child', 'caregiver'].map((recordType) => ({ recordType, ...design }));
}

/** Only identification and the consent questions may be answered before consent (docs/methodology.md § reporting and data protection). */
export function surveyConsentGates(params: SurveyParameters): ConsentGate[] {
  const design = [params.stratumVariable, params.psuVariable];
  const interview = ['interview_date', 'interviewer_id', 'interview_language'];
  return [
    {
      recordType: 'household',
      condition: screenerConsented,
      before: [
        'household_id',
        'interviewer_id',
        'visit_date',
        ...design,
        'urban_rural',
        'visit_outcome',
        'screener_consent',
        'interviewer_remarks',
      ],
    },
    {
      recordType: 'child',
      condition: childConsented,
      before: ['child_id', 'household_id', 'line_number', ...design, ...interview, 'caregiver_consent', 'child_assent'],
    },
    {
      recordType: 'caregiver',
      condition: caregiverConsented,
      before: ['caregiver_id', 'child_id', 'household_id', ...design, ...interview, 'cg_consent'],
    },
  ];
}

/** Which records are respondents', and so carry a design weight. */
export const RESPONDENT_CONDITIONS = new Map([
  ['household', screenerConsented],
  ['child', childConsented],
  ['caregiver', caregiverConsented],
]);
