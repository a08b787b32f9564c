import { parseAssessmentConfig, type AssessmentConfig, type AssessmentConfigInput, type RecordType } from '@dh/core';
import { activity } from '../src/index.js';
import type { BuiltActivity } from '@dh/core';

/** A fictional country (user-assigned code XA) with a 9–17 survey and a 6-month internet-user definition. */
export const WIDE_AGE_CONFIG: AssessmentConfigInput = {
  country: 'XA',
  name: 'Examplia',
  synthetic: true,
  languages: ['en', 'sw'],
  activities: {
    'household-survey': {
      version: '0.1.0',
      settings: {
        ageRange: { min: 9, max: 17 },
        internetUser: { recallMonths: 6, definition: 'Used the internet in the past 6 months' },
        strata: [
          { code: 'coast_urban', label: 'Coast, urban', region: 'coast', urbanRural: 'urban' },
          { code: 'coast_rural', label: 'Coast, rural', region: 'coast', urbanRural: 'rural' },
          { code: 'highlands', label: 'Highlands', region: 'highlands' },
        ],
        stratumVariable: 'strat',
        psuVariable: 'ea',
        weightVariable: 'wt',
      },
    },
  },
  fieldwork: { start: '2022-02-01', end: '2022-05-31' },
  extensionLists: {
    platform: [
      { code: 'chatapp', label: 'ChatApp' },
      { code: 'vidshare', label: 'VidShare' },
    ],
    region: [
      { code: 'coast', label: 'Coast' },
      { code: 'highlands', label: 'Highlands' },
    ],
  },
  population: { year: 2022, internetUsingChildren: 1_200_000, source: 'Synthetic' },
};

export function parsedConfig(input: AssessmentConfigInput): AssessmentConfig {
  const result = parseAssessmentConfig(input, [activity]);
  if (result.status !== 'success') throw new Error(`fixture config is invalid: ${JSON.stringify(result.errors)}`);
  return result.config;
}

export function recordType(built: BuiltActivity, name: string): RecordType {
  const found = built.recordTypes.find((r) => r.name === name);
  if (!found) throw new Error(`no record type ${name}`);
  return found;
}

export function field(rt: RecordType, name: string) {
  const found = rt.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${rt.name}`);
  return found;
}

/** A hand-written child interview: consented, one OCSEA experience (sexual comments, told no one). */
export const GOOD_CHILD: Record<string, unknown> = {
  child_id: 'H00012-C2',
  household_id: 'H00012',
  line_number: 2,
  stratum: 'region_a_rural',
  psu: 'EA0003',
  interview_date: '2021-02-14',
  interviewer_id: 'INT07',
  interview_language: 'en',
  caregiver_consent: 'yes',
  child_assent: 'yes',
  age: 14,
  sex: 'girl',
  in_school: 'yes',
  school_level: 'lower_secondary',
  difficulty_seeing: 'no_difficulty',
  difficulty_hearing: 'no_difficulty',
  difficulty_walking: 'no_difficulty',
  difficulty_concentrating: 'some_difficulty',
  internet_use_recall: 'yes',
  devices: ['shared_smartphone'],
  places: ['home', 'school'],
  frequency: 'about_once_a_day',
  hours_online: 2,
  barriers: ['cost_of_data', 'poor_connection'],
  online_activities: ['schoolwork', 'messaging', 'watching_videos'],
  skill_privacy_settings: 'fairly_true',
  skill_block_people: 'very_true',
  skill_check_information: 'a_bit_true',
  skill_report_content: 'not_true',
  risk_met_in_person: 'no',
  risk_sent_own_images: 'no',
  risk_added_strangers: 'yes',
  risk_shared_details: 'refused',
  ocsea_threatened: 'no',
  ocsea_threatened_who: null,
  ocsea_threatened_mode: null,
  ocsea_threatened_platform: null,
  ocsea_threatened_told: null,
  ocsea_images_shared: 'no',
  ocsea_images_shared_who: null,
  ocsea_images_shared_mode: null,
  ocsea_images_shared_platform: null,
  ocsea_images_shared_told: null,
  ocsea_coerced_gifts: 'dont_know',
  ocsea_coerced_gifts_who: null,
  ocsea_coerced_gifts_mode: null,
  ocsea_coerced_gifts_platform: null,
  ocsea_coerced_gifts_told: null,
  ocsea_offered_for_images: 'no',
  ocsea_offered_for_images_who: null,
  ocsea_offered_for_images_mode: null,
  ocsea_offered_for_images_platform: null,
  ocsea_offered_for_images_told: null,
  ocsea_asked_sex_talk: 'no',
  ocsea_asked_sex_talk_who: null,
  ocsea_asked_sex_talk_mode: null,
  ocsea_asked_sex_talk_platform: null,
  ocsea_asked_sex_talk_told: null,
  ocsea_asked_private_images: 'refused',
  ocsea_asked_private_images_who: null,
  ocsea_asked_private_images_mode: null,
  ocsea_asked_private_images_platform: null,
  ocsea_asked_private_images_told: null,
  ocsea_sent_sexual_images: 'no',
  ocsea_sent_sexual_images_who: null,
  ocsea_sent_sexual_images_mode: null,
  ocsea_sent_sexual_images_platform: null,
  ocsea_sent_sexual_images_told: null,
  ocsea_sexual_comments: 'yes',
  ocsea_sexual_comments_who: ['stranger'],
  ocsea_sexual_comments_mode: 'online_only',
  ocsea_sexual_comments_platform: ['social_network'],
  ocsea_sexual_comments_told: ['no_one'],
  reasons_not_told: ['embarrassed', 'not_serious'],
  knows_where_help: 'yes',
  help_sources: ['caregiver', 'helpline'],
  knows_how_report: 'no',
  safety_info_received: 'yes',
  safety_info_sources: ['teacher'],
  sex_education_received: 'no',
  sex_education_sources: null,
  att_victim_blame: 'disagree',
  att_tell_adult: 'agree',
  att_sexual_messages_normal: 'strongly_disagree',
  wellbeing_happy: 'often',
  wellbeing_worried: 'sometimes',
  wellbeing_no_one_to_talk: 'never',
  wellbeing_safe_home: 'always',
  distress_observed: 'no',
  referral_offered: null,
  referral_service: null,
  interview_minutes: 48,
  weight: 1834.52,
};
