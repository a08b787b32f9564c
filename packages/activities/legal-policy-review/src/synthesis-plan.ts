import type { AnswerModel, AnswerPlan, SynthesisPlan } from '@dh/core';
import { PROVISIONS } from './provisions.js';
import { RECORD_TYPE } from './record-type.js';

/** Reviews of synthetic data fall in this window when the assessment records no fieldwork. */
export const DEFAULT_REVIEW_PERIOD = { start: '2021-01-11', end: '2021-03-31' } as const;

/** Fictional laws of a fictional country, one per provision: synthetic data never cite a real law. */
const SYNTHETIC_CITATIONS: Readonly<Record<string, string>> = {
  child_definition: 'Children Act (synthetic), s. 2',
  csam_definition: 'Penal Code (synthetic), art. 226(1)',
  csam_offences: 'Penal Code (synthetic), art. 226(2)-(4)',
  csam_online_access: 'Cybercrime Act (synthetic), s. 14',
  online_grooming: 'Cybercrime Act (synthetic), s. 16',
  sexual_extortion: 'Penal Code (synthetic), art. 231',
  live_streaming: 'Cybercrime Act (synthetic), s. 15',
  self_generated_images: 'Penal Code (synthetic), art. 226(5)',
  age_of_consent: 'Sexual Offences Act (synthetic), s. 8',
  extraterritorial_jurisdiction: 'Penal Code (synthetic), art. 7',
  provider_duties: 'Cybercrime Act (synthetic), ss. 22-24',
  child_friendly_justice: 'Children Act (synthetic), ss. 64-70',
  mandatory_reporting: 'Children Act (synthetic), s. 18',
  national_plan: 'National Plan of Action on Violence against Children (synthetic)',
  coordinating_body: 'Decree establishing the National Child Online Protection Committee (synthetic)',
};

const NOTES = [
  'Covers conduct offline only; no reference to computer systems.',
  'A draft amendment is before parliament and not yet in force.',
  'Two laws set different ages; no court ruling reconciles them.',
  'The consolidated text was not available; the official gazette copy was used.',
  'The offence applies to girls only.',
];

function syntheticCitation(id: string): string {
  const citation = SYNTHETIC_CITATIONS[id];
  if (citation === undefined) throw new Error(`legal-policy-review: provision ${id} has no synthetic citation`);
  return citation;
}

const fixed = (value: string): AnswerModel => ({ kind: 'fixed', value });
/** A model for rows coded yes or partial, and an empty value for the others. */
const whenInForce = (model: AnswerModel): AnswerModel => ({
  kind: 'depends',
  on: 'status',
  models: { yes: model, partial: model },
  otherwise: fixed(''),
});

/**
 * How synthetic reviews are made (docs/methodology.md § legal-policy-review): one row per
 * provision, statuses at plausible shares, a fictional citation and a past date wherever a
 * provision is in force, a note wherever the status is unclear, reviewed within the review
 * period by the listed reviewers. Every row satisfies the review's rules, so injected errors
 * are the only ones.
 */
export function legalSynthesisPlan(reviewers: readonly string[], period: { readonly start: string; readonly end: string }): SynthesisPlan {
  const year = Number(period.start.slice(0, 4));
  const lawDates = [16, 15, 7, 3].map((back) => `${year - back}-06-14`);
  const answers: Record<string, AnswerModel> = {
    status: { kind: 'choice', weights: { yes: 0.35, partial: 0.35, no: 0.2, unclear: 0.1 } },
    citation: whenInForce({
      kind: 'depends',
      on: 'provision_id',
      models: Object.fromEntries(PROVISIONS.map((p) => [p.id, fixed(syntheticCitation(p.id))])),
    }),
    law_date: whenInForce({ kind: 'choice', weights: Object.fromEntries(lawDates.map((d) => [d, 1])) }),
    document_year: whenInForce({ kind: 'range', min: year - 9, max: year - 1, decimals: 0 }),
    reviewer: { kind: 'choice', weights: Object.fromEntries((reviewers.length > 0 ? reviewers : ['R01', 'R02']).map((r) => [r, 1])) },
    note: {
      kind: 'depends',
      on: 'status',
      models: {
        unclear: { kind: 'phrases', probability: 1, phrases: NOTES },
        partial: { kind: 'phrases', probability: 0.6, phrases: NOTES },
      },
      otherwise: { kind: 'phrases', probability: 0.1, phrases: NOTES },
    },
  };
  return {
    sample: { kind: 'grid', recordType: RECORD_TYPE, axes: [{ field: 'provision_id', values: PROVISIONS.map((p) => p.id) }] },
    selections: [],
    followOns: [],
    weights: [],
    answers: Object.entries(answers).map(([field, model]): AnswerPlan => ({ recordType: RECORD_TYPE, field, model })),
    nonSubstantive: { dontKnow: 0, refused: 0 },
    dateRange: { from: period.start, to: period.end },
  };
}
