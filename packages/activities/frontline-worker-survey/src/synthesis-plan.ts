import type { AnswerModel, AnswerPlan, SynthesisPlan } from '@dh/core';
import { RECORD_TYPE } from './instrument/questionnaire.js';
import type { FrontlineParameters } from './parameters.js';

const yesShare = (probability: number): AnswerModel => ({ kind: 'prevalence', code: 'yes', otherCode: 'no', probability });
const choice = (weights: Record<string, number>): AnswerModel => ({ kind: 'choice', weights });
const several = (probabilities: Record<string, number>, exclusive: Record<string, number>): AnswerModel => ({
  kind: 'multiple',
  probabilities,
  exclusive,
});

/**
 * Plausible answers of frontline workers, synthetic only: about half have seen a case in the
 * past year, a third were trained, most name stigma and taboos. Change them here, not in data.
 */
const MODELS: Readonly<Record<string, AnswerModel>> = {
  respondent_id: { kind: 'identifier', template: 'FW-{seq:3}' },
  interviewer_id: choice({ INT01: 1, INT02: 1, INT03: 1, INT04: 1 }),
  consent: choice({ yes: 0.95, no: 0.05 }),
  role: choice({
    social_worker: 0.3,
    case_worker: 0.15,
    child_protection_officer: 0.12,
    counsellor: 0.15,
    helpline_counsellor: 0.06,
    health_worker: 0.08,
    community_worker: 0.1,
    other_role: 0.04,
  }),
  sector: choice({ government: 0.45, ngo: 0.45, other_sector: 0.1 }),
  years_experience: { kind: 'range', min: 0, max: 25, decimals: 0 },
  cases_seen: yesShare(0.55),
  cases_number: { kind: 'range', min: 1, max: 30, decimals: 0 },
  case_types: several(
    {
      grooming: 0.4,
      image_sharing: 0.45,
      sextortion: 0.25,
      live_streaming: 0.1,
      transactional: 0.3,
      unwanted_content: 0.3,
      other_type: 0.05,
    },
    { dont_know: 0.03 },
  ),
  training_received: yesShare(0.35),
  training_when: choice({ past_year: 0.35, one_to_three_years: 0.4, over_three_years: 0.2, dont_know: 0.05 }),
  knows_reporting: yesShare(0.6),
  reporting_channels: several(
    {
      police: 0.7,
      specialised_unit: 0.25,
      child_helpline: 0.35,
      csam_hotline: 0.05,
      social_welfare: 0.45,
      platform_report: 0.1,
      other_channel: 0.05,
    },
    {},
  ),
  reporting_duty: yesShare(0.5),
  barriers: several(
    {
      stigma: 0.6,
      sexuality_taboo: 0.5,
      not_knowing_where: 0.45,
      fear_of_blame: 0.35,
      fear_of_offender: 0.3,
      distrust_of_services: 0.3,
      not_recognised: 0.25,
      family_pressure: 0.3,
      cost_or_distance: 0.2,
      other_barrier: 0.05,
    },
    { dont_know: 0.03 },
  ),
  resources: several(
    {
      guidelines: 0.3,
      referral_pathway: 0.45,
      psychosocial_services: 0.35,
      legal_aid: 0.15,
      digital_equipment: 0.1,
      supervision: 0.3,
      private_space: 0.4,
    },
    { none: 0.1 },
  ),
  resources_enough: choice({ strongly_disagree: 0.2, disagree: 0.4, agree: 0.25, strongly_agree: 0.07, dont_know: 0.05, refused: 0.03 }),
  interview_minutes: { kind: 'range', min: 20, max: 60, decimals: 0 },
};

/**
 * How `dh synth frontline-worker-survey --n 50` makes a purposive sample: `n` workers with no
 * design (docs/methodology.md § frontline-worker-survey), interviewed within the fieldwork.
 */
export function frontlineSynthesisPlan(params: FrontlineParameters): SynthesisPlan {
  return {
    sample: { kind: 'simple', recordType: RECORD_TYPE },
    selections: [],
    followOns: [],
    weights: [],
    answers: Object.entries(MODELS).map(([field, model]): AnswerPlan => ({ recordType: RECORD_TYPE, field, model })),
    nonSubstantive: { dontKnow: 0.03, refused: 0.01 },
    dateRange: { from: params.fieldwork.start, to: params.fieldwork.end },
  };
}
