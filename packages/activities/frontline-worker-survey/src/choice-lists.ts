import { choices, extensionList, type ChoiceDraft, type ChoiceListDraft } from '@dh/core';
import type { FrontlineParameters } from './parameters.js';

/**
 * The answer lists of the questionnaire. Fixed lists are part of the comparable core
 * (docs/methodology.md § comparability): their codes never change within a major version.
 * Their names start with `fw_`, so their translation keys (`choices.fw_…`) never meet another
 * activity's in a country's translation files. "Don't know" and "prefer not to say" are coded
 * answers marked as missing, so each indicator states how it treats them.
 */
export const DONT_KNOW: ChoiceDraft = { code: 'dont_know', label: "Don't know", missing: 'dont_know' };
export const REFUSED: ChoiceDraft = { code: 'refused', label: 'Prefer not to say', missing: 'refused' };

export const FIXED_LISTS: readonly ChoiceListDraft[] = [
  choices('fw_yes_no', [
    ['yes', 'Yes'],
    ['no', 'No'],
  ]),
  choices('fw_yes_no_dk_ref', [['yes', 'Yes'], ['no', 'No'], DONT_KNOW, REFUSED]),
  choices('fw_role', [
    ['social_worker', 'Social worker or social welfare officer'],
    ['case_worker', 'Case worker or case manager'],
    ['child_protection_officer', 'Child protection officer'],
    ['counsellor', 'Counsellor, psychologist or therapist'],
    ['helpline_counsellor', 'Child helpline counsellor'],
    ['health_worker', 'Health worker (nurse, doctor, clinical officer)'],
    ['community_worker', 'Community child-protection worker or volunteer'],
    ['other_role', 'Another frontline role'],
  ]),
  choices('fw_sector', [
    ['government', 'Government (national or local)'],
    ['ngo', 'Non-governmental, community or faith-based organisation'],
    ['other_sector', 'Other (private sector, international organisation, other)'],
  ]),
  choices('fw_case_type', [
    ['grooming', 'Grooming: someone built contact with the child online in order to abuse them'],
    ['image_sharing', 'Sexual images of the child shared without their consent'],
    ['sextortion', 'Sexual extortion: threats to share images unless the child sent more, did sexual acts or paid'],
    ['live_streaming', 'Sexual abuse of the child streamed live over the internet'],
    ['transactional', 'The child was offered money or gifts for sexual images or acts'],
    ['unwanted_content', 'The child was sent sexual images or content they did not want'],
    ['other_type', 'Another form'],
    DONT_KNOW,
  ]),
  choices('fw_training_when', [
    ['past_year', 'In the past 12 months'],
    ['one_to_three_years', 'One to three years ago'],
    ['over_three_years', 'More than three years ago'],
    DONT_KNOW,
  ]),
  choices('fw_channel', [
    ['police', 'The police'],
    ['specialised_unit', 'A specialised police unit (child protection or cybercrime)'],
    ['child_helpline', 'A child helpline'],
    ['csam_hotline', 'An internet hotline for child sexual abuse material'],
    ['social_welfare', 'The social welfare or child protection authority'],
    ['platform_report', 'The app or website where it happened'],
    ['other_channel', 'Another channel'],
  ]),
  choices('fw_barrier', [
    ['stigma', 'Stigma and shame, for the child or the family'],
    ['sexuality_taboo', 'Taboos around talking about sex and sexuality'],
    ['not_knowing_where', 'Not knowing where or how to report'],
    ['fear_of_blame', 'Fear of being blamed or punished'],
    ['fear_of_offender', 'Fear of the offender or of revenge'],
    ['distrust_of_services', 'Distrust of the police or of services'],
    ['not_recognised', 'Not recognising what happened as abuse'],
    ['family_pressure', 'Pressure from the family to keep quiet or settle it privately'],
    ['cost_or_distance', 'Cost or distance of services'],
    ['other_barrier', 'Something else'],
    DONT_KNOW,
  ]),
  choices('fw_resource', [
    ['guidelines', 'Written guidelines or procedures for cases involving the internet or phones'],
    ['referral_pathway', 'A referral pathway to other services'],
    ['psychosocial_services', 'Psychosocial or mental-health services for children'],
    ['legal_aid', 'Legal aid for children and families'],
    ['digital_equipment', 'Equipment and internet access to deal with online evidence'],
    ['supervision', 'Supervision or peer support for staff'],
    ['private_space', 'A private space to talk with children'],
    ['none', 'None of these'],
  ]),
  choices('fw_agreement', [
    ['strongly_disagree', 'Strongly disagree'],
    ['disagree', 'Disagree'],
    ['agree', 'Agree'],
    ['strongly_agree', 'Strongly agree'],
    DONT_KNOW,
    REFUSED,
  ]),
];

/** The lists each country fills from its assessment config (docs/methodology.md § comparability). */
export function frontlineLists(params: FrontlineParameters): ChoiceListDraft[] {
  return [...FIXED_LISTS, extensionList('region', params.regions), extensionList('language', params.languages)];
}
