import { q, type AnswerModel, type AnswerPlan, type SynthesisPlan } from '@dh/core';
import { followUp, OCSEA_ITEMS } from './ocsea-items.js';
import { rosterEligible } from './instruments/screener.js';
import type { SurveyParameters } from './survey-parameters.js';

/**
 * Plausible prevalences of the OCSEA items, past year, in the range the published national
 * values span (docs/methodology.md: clear examples from about 1% to 20%). Synthetic only; change
 * them with `dh synth --prevalence item=share`.
 */
export const DEFAULT_PREVALENCE: Readonly<Record<string, number>> = {
  ocsea_threatened: 0.04,
  ocsea_images_shared: 0.03,
  ocsea_coerced_gifts: 0.03,
  ocsea_offered_for_images: 0.05,
  ocsea_asked_sex_talk: 0.1,
  ocsea_asked_private_images: 0.07,
  ocsea_sent_sexual_images: 0.09,
  ocsea_sexual_comments: 0.12,
  risk_met_in_person: 0.12,
  risk_sent_own_images: 0.06,
  risk_added_strangers: 0.35,
  risk_shared_details: 0.1,
  roster_internet_use: 0.72,
  cg_internet_use: 0.6,
  cg_heard_of_risks: 0.55,
  cg_would_go_police: 0.7,
};

const prevalence = (probability: number): AnswerModel => ({ kind: 'prevalence', code: 'yes', otherCode: 'no', probability });
const choice = (weights: Record<string, number>): AnswerModel => ({ kind: 'choice', weights });
const multiple = (probabilities: Record<string, number>, exclusive: Record<string, number> = {}): AnswerModel => ({
  kind: 'multiple',
  probabilities,
  exclusive,
});
const copy = (recordType: string, field: string): AnswerModel => ({ kind: 'copy', recordType, field });
const answers = (recordType: string, models: Record<string, AnswerModel>): AnswerPlan[] =>
  Object.entries(models).map(([field, model]) => ({ recordType, field, model }));

const INTERVIEWERS = choice(Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`INT${String(i + 1).padStart(2, '0')}`, 1])));

function householdAnswers(): AnswerPlan[] {
  return answers('household', {
    household_id: { kind: 'identifier', template: 'H{seq:5}' },
    interviewer_id: INTERVIEWERS,
    visit_outcome: choice({ contacted: 0.9, no_one_home: 0.05, dwelling_vacant: 0.03, dwelling_not_found: 0.01, other_outcome: 0.01 }),
    screener_consent: choice({ yes: 0.95, no: 0.05 }),
    household_size: choice({ 2: 0.08, 3: 0.14, 4: 0.18, 5: 0.18, 6: 0.14, 7: 0.1, 8: 0.08, 9: 0.05, 10: 0.05 }),
    children_in_range: choice({ 0: 0.42, 1: 0.3, 2: 0.17, 3: 0.08, 4: 0.03 }),
    interviewer_remarks: {
      kind: 'phrases',
      probability: 0.06,
      phrases: [
        'Revisit needed to finish the roster.',
        'Respondent asked to keep the visit short.',
        'Visit interrupted once by a neighbour.',
        'Several dwellings share one compound.',
      ],
    },
  });
}

function rosterAnswers(): AnswerPlan[] {
  return answers('roster', {
    roster_line: { kind: 'sequence' },
    roster_internet_use: prevalence(DEFAULT_PREVALENCE['roster_internet_use'] ?? 0.7),
  });
}

function childAnswers(params: SurveyParameters): AnswerPlan[] {
  const platforms = Object.fromEntries(params.platforms.map((p) => [p.code, 0.3]));
  const items = Object.fromEntries(
    OCSEA_ITEMS.flatMap((item) => [
      [item.name, prevalence(DEFAULT_PREVALENCE[item.name] ?? 0.05)],
      [
        followUp(item, 'who'),
        multiple(
          { family_member: 0.1, romantic_partner: 0.12, friend_peer: 0.25, adult_known: 0.12, stranger: 0.4, other_person: 0.05 },
          { dont_know: 0.08, refused: 0.03 },
        ),
      ],
      [
        followUp(item, 'mode'),
        choice({ online_only: 0.6, in_person_only: 0.15, online_and_in_person: 0.2, dont_know: 0.03, refused: 0.02 }),
      ],
      [followUp(item, 'platform'), multiple({ ...platforms, other_platform: 0.1 }, { dont_know: 0.05, refused: 0.02 })],
      [
        followUp(item, 'told'),
        multiple(
          {
            caregiver: 0.25,
            sibling: 0.1,
            friend: 0.35,
            teacher: 0.04,
            other_adult: 0.05,
            helpline: 0.01,
            police: 0.01,
            social_worker: 0.01,
            platform_report: 0.03,
          },
          { no_one: 0.3, refused: 0.03 },
        ),
      ],
    ]),
  );
  return answers('child', {
    child_id: { kind: 'identifier', template: '{roster_household_id}-C{roster_line}' },
    household_id: copy('roster', 'roster_household_id'),
    line_number: copy('roster', 'roster_line'),
    [params.stratumVariable]: copy('household', params.stratumVariable),
    [params.psuVariable]: copy('household', params.psuVariable),
    interview_date: copy('household', 'visit_date'),
    interviewer_id: copy('household', 'interviewer_id'),
    caregiver_consent: choice({ yes: 0.96, no: 0.04 }),
    child_assent: choice({ yes: 0.96, no: 0.04 }),
    age: copy('roster', 'roster_age'),
    sex: copy('roster', 'roster_sex'),
    in_school: choice({ yes: 0.88, no: 0.1, dont_know: 0.01, refused: 0.01 }),
    internet_use_recall: { kind: 'fixed', value: 'yes' },
    hours_online: { kind: 'range', min: 0, max: 8, decimals: 0 },
    barriers: multiple(
      {
        cost_of_data: 0.35,
        no_own_device: 0.25,
        poor_connection: 0.3,
        no_electricity: 0.08,
        caregiver_restrictions: 0.2,
        school_restrictions: 0.05,
        lack_of_skills: 0.08,
        other_barrier: 0.03,
      },
      { no_barrier: 0.3 },
    ),
    ...Object.fromEntries(
      ['risk_met_in_person', 'risk_sent_own_images', 'risk_added_strangers', 'risk_shared_details'].map((name) => [
        name,
        prevalence(DEFAULT_PREVALENCE[name] ?? 0.1),
      ]),
    ),
    ...items,
    distress_observed: choice({ yes: 0.03, no: 0.97 }),
    referral_offered: choice({ offered_accepted: 0.6, offered_declined: 0.4 }),
    interview_minutes: { kind: 'range', min: 25, max: 75, decimals: 0 },
  });
}

function caregiverAnswers(params: SurveyParameters): AnswerPlan[] {
  return answers('caregiver', {
    caregiver_id: { kind: 'identifier', template: '{child_id}-P' },
    child_id: copy('child', 'child_id'),
    household_id: copy('child', 'household_id'),
    [params.stratumVariable]: copy('child', params.stratumVariable),
    [params.psuVariable]: copy('child', params.psuVariable),
    interview_date: copy('child', 'interview_date'),
    interviewer_id: copy('child', 'interviewer_id'),
    interview_language: copy('child', 'interview_language'),
    cg_consent: choice({ yes: 0.97, no: 0.03 }),
    cg_age: { kind: 'range', min: 24, max: 70, decimals: 0 },
    cg_relationship: choice({
      mother: 0.55,
      father: 0.24,
      grandparent: 0.1,
      aunt_uncle: 0.05,
      older_sibling: 0.03,
      other_relative: 0.02,
      non_relative: 0.01,
    }),
    cg_internet_use: prevalence(DEFAULT_PREVALENCE['cg_internet_use'] ?? 0.6),
    cg_heard_of_risks: prevalence(DEFAULT_PREVALENCE['cg_heard_of_risks'] ?? 0.5),
    cg_would_go_police: prevalence(DEFAULT_PREVALENCE['cg_would_go_police'] ?? 0.7),
    cg_mediation: multiple(
      {
        talk_about_internet: 0.5,
        explain_safe_use: 0.4,
        set_time_rules: 0.35,
        set_content_rules: 0.3,
        check_device: 0.25,
        parental_controls: 0.08,
        stay_nearby: 0.2,
      },
      { no_mediation: 0.15 },
    ),
    cg_interview_minutes: { kind: 'range', min: 15, max: 45, decimals: 0 },
    cg_report_where: multiple(
      {
        police: 0.55,
        child_helpline: 0.15,
        social_welfare: 0.15,
        school: 0.12,
        health_worker: 0.05,
        religious_leader: 0.06,
        community_leader: 0.1,
        online_platform: 0.03,
        family: 0.2,
      },
      { would_not_report: 0.04, dont_know: 0.06 },
    ),
  });
}

/**
 * How the survey's synthetic data are drawn (docs/methodology.md § household-survey, design):
 * strata → PSUs (enumeration areas) → households → roster rows → one eligible
 * internet-using child selected at random → the child's interview → one caregiver.
 */
export function surveySynthesisPlan(params: SurveyParameters): SynthesisPlan {
  return {
    sample: {
      kind: 'stratified',
      recordType: 'household',
      unitsPerPsu: 12,
      minPsusPerStratum: 2,
      psuCode: 'EA{n:4}',
      frameUnitsPerStratum: { min: 40_000, max: 400_000 },
      stratumValues: params.strata.flatMap((s) =>
        s.urbanRural === undefined ? [] : [{ stratum: s.code, values: { urban_rural: s.urbanRural } }],
      ),
    },
    selections: [{ recordType: 'roster', eligible: rosterEligible, field: 'roster_selected', selectedCode: 'yes', otherCode: 'no' }],
    followOns: [
      { recordType: 'child', from: 'roster', when: q('roster_selected').eq('yes'), responseRate: 0.93 },
      { recordType: 'caregiver', from: 'child', responseRate: 1 },
    ],
    weights: [
      { recordType: 'household', field: params.weightVariable, method: 'sample-unit' },
      { recordType: 'child', field: params.weightVariable, method: 'inherited' },
      { recordType: 'caregiver', field: params.weightVariable, method: 'inherited' },
    ],
    answers: [...householdAnswers(), ...rosterAnswers(), ...childAnswers(params), ...caregiverAnswers(params)],
    nonSubstantive: { dontKnow: 0.02, refused: 0.01 },
    dateRange: { from: params.fieldwork.start, to: params.fieldwork.end },
  };
}
