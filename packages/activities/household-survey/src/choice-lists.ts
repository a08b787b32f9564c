import { choices, extensionList, type ChoiceDraft, type ChoiceListDraft, type NodeDraft } from '@dh/core';
import type { SurveyParameters } from './survey-parameters.js';

/**
 * The answer lists of the three instruments. Fixed lists are part of the comparable core
 * (docs/methodology.md § comparability): their codes never change within a major version.
 * Every sensitive item offers "don't know" and "refused" as coded answers, distinct from a
 * missing answer, so an indicator can state how it treats them.
 */
const DONT_KNOW: ChoiceDraft = { code: 'dont_know', label: "Don't know", missing: 'dont_know' };
const REFUSED: ChoiceDraft = { code: 'refused', label: 'Prefer not to say', missing: 'refused' };

type Entry = ChoiceDraft | readonly [string, string];

const withMissing = (entries: readonly Entry[]): Entry[] => [...entries, DONT_KNOW, REFUSED];

export const FIXED_LISTS: readonly ChoiceListDraft[] = [
  choices('yes_no', [
    ['yes', 'Yes'],
    ['no', 'No'],
  ]),
  choices('yes_no_dk', [['yes', 'Yes'], ['no', 'No'], DONT_KNOW]),
  choices(
    'yes_no_dk_ref',
    withMissing([
      ['yes', 'Yes'],
      ['no', 'No'],
    ]),
  ),
  choices('visit_outcome', [
    ['contacted', 'An adult member of the household was contacted'],
    ['no_one_home', 'No one at home after three visits'],
    ['dwelling_vacant', 'Dwelling vacant or destroyed'],
    ['dwelling_not_found', 'Dwelling not found'],
    ['other_outcome', 'Other outcome'],
  ]),
  choices('urban_rural', [
    ['urban', 'Urban'],
    ['rural', 'Rural'],
  ]),
  choices('child_sex', [
    ['boy', 'Boy'],
    ['girl', 'Girl'],
  ]),
  choices('adult_sex', [
    ['man', 'Man'],
    ['woman', 'Woman'],
  ]),
  choices(
    'difficulty',
    withMissing([
      ['no_difficulty', 'No difficulty'],
      ['some_difficulty', 'Some difficulty'],
      ['a_lot_of_difficulty', 'A lot of difficulty'],
      ['cannot_do_at_all', 'Cannot do it at all'],
    ]),
  ),
  choices(
    'school_level',
    withMissing([
      ['primary', 'Primary'],
      ['lower_secondary', 'Lower secondary'],
      ['upper_secondary', 'Upper secondary'],
      ['vocational', 'Vocational or technical'],
      ['other_level', 'Other'],
    ]),
  ),
  choices('device', [
    ['own_smartphone', 'My own smartphone'],
    ['shared_smartphone', 'A smartphone I share with others'],
    ['computer', 'A computer or laptop'],
    ['tablet', 'A tablet'],
    ['games_console', 'A games console'],
    ['smart_tv', 'A smart TV'],
    ['other_device', 'Another device'],
  ]),
  choices('place', [
    ['home', 'At home'],
    ['school', 'At school'],
    ['others_home', "At a friend's or relative's home"],
    ['internet_cafe', 'At an internet café'],
    ['public_place', 'In a public place with Wi-Fi'],
    ['on_the_move', 'On the move (bus, street)'],
    ['other_place', 'Somewhere else'],
  ]),
  choices(
    'frequency',
    withMissing([
      ['several_times_a_day', 'Several times a day'],
      ['about_once_a_day', 'About once a day'],
      ['at_least_weekly', 'At least once a week'],
      ['less_than_weekly', 'Less than once a week'],
    ]),
  ),
  choices('barrier', [
    ['cost_of_data', 'Data or airtime is too expensive'],
    ['no_own_device', 'I have no device of my own'],
    ['poor_connection', 'The connection is slow or unreliable'],
    ['no_electricity', 'No electricity to charge devices'],
    ['caregiver_restrictions', 'My parents or caregivers limit my use'],
    ['school_restrictions', 'My school does not allow it'],
    ['lack_of_skills', 'I do not know how to do what I want online'],
    ['other_barrier', 'Something else'],
    ['no_barrier', 'Nothing stops me'],
  ]),
  choices('online_activity', [
    ['schoolwork', 'Schoolwork'],
    ['social_media', 'Using social media'],
    ['messaging', 'Messaging friends or family'],
    ['watching_videos', 'Watching videos'],
    ['playing_games', 'Playing games'],
    ['listening_music', 'Listening to music'],
    ['reading_news', 'Reading or watching the news'],
    ['searching_information', 'Looking up information'],
    ['health_information', 'Looking for information about health or sexuality'],
    ['creating_content', 'Making and posting my own videos, photos or posts'],
  ]),
  choices(
    'true_of_me',
    withMissing([
      ['not_true', 'Not true of me'],
      ['a_bit_true', 'A bit true of me'],
      ['fairly_true', 'Fairly true of me'],
      ['very_true', 'Very true of me'],
    ]),
  ),
  choices(
    'agreement',
    withMissing([
      ['strongly_disagree', 'Strongly disagree'],
      ['disagree', 'Disagree'],
      ['agree', 'Agree'],
      ['strongly_agree', 'Strongly agree'],
    ]),
  ),
  choices(
    'offender',
    withMissing([
      ['family_member', 'A family member'],
      ['romantic_partner', 'A current or former boyfriend or girlfriend'],
      ['friend_peer', 'A friend or someone I knew of about my age'],
      ['adult_known', 'An adult I already knew (e.g. a neighbour, teacher or family friend)'],
      ['stranger', 'Someone I did not know before'],
      ['other_person', 'Someone else'],
    ]),
  ),
  choices(
    'mode',
    withMissing([
      ['online_only', 'Online only'],
      ['in_person_only', 'In person only'],
      ['online_and_in_person', 'Both online and in person'],
    ]),
  ),
  choices('confidant', [
    ['caregiver', 'A parent or caregiver'],
    ['sibling', 'A brother or sister'],
    ['friend', 'A friend'],
    ['teacher', 'A teacher'],
    ['other_adult', 'Another adult I trust'],
    ['helpline', 'A helpline'],
    ['police', 'The police'],
    ['social_worker', 'A social worker'],
    ['platform_report', 'I reported it on the app or website'],
    ['no_one', 'I told no one'],
    REFUSED,
  ]),
  choices('reason_not_told', [
    ['did_not_know_where', 'I did not know where to go or whom to tell'],
    ['embarrassed', 'I felt embarrassed or ashamed'],
    ['afraid_of_trouble', 'I was afraid of getting into trouble'],
    ['not_serious', 'I did not think it was serious'],
    ['not_believed', 'I did not think I would be believed'],
    ['protect_family', 'I did not want to upset my family'],
    ['felt_at_fault', 'I felt it was my fault'],
    ['handled_myself', 'I dealt with it myself'],
    ['other_reason', 'Another reason'],
    REFUSED,
  ]),
  choices('help_source', [
    ['caregiver', 'A parent or caregiver'],
    ['teacher', 'A teacher'],
    ['friend', 'A friend'],
    ['helpline', 'A helpline'],
    ['police', 'The police'],
    ['social_worker', 'A social worker'],
    ['health_worker', 'A health worker'],
    ['religious_leader', 'A religious leader'],
    ['online_reporting', 'Reporting on the app or website'],
    ['other_source', 'Somewhere else'],
  ]),
  choices('info_source', [
    ['caregiver', 'A parent or caregiver'],
    ['teacher', 'A teacher'],
    ['friend_or_sibling', 'A friend or sibling'],
    ['internet', 'The internet'],
    ['tv_radio', 'TV or radio'],
    ['health_worker', 'A health worker'],
    ['religious_leader', 'A religious leader'],
    ['other_source', 'Somewhere else'],
  ]),
  choices(
    'how_often',
    withMissing([
      ['never', 'Never'],
      ['sometimes', 'Sometimes'],
      ['often', 'Often'],
      ['always', 'Always'],
    ]),
  ),
  choices('referral', [
    ['offered_accepted', 'Referral offered and accepted'],
    ['offered_declined', 'Referral offered and declined'],
  ]),
  choices('referral_service', [
    ['helpline', 'Child helpline'],
    ['social_welfare', 'Social welfare officer'],
    ['health_service', 'Health or counselling service'],
    ['partner_ngo', 'Partner organisation for child protection'],
  ]),
  choices('relationship', [
    ['mother', 'Mother'],
    ['father', 'Father'],
    ['grandparent', 'Grandparent'],
    ['aunt_uncle', 'Aunt or uncle'],
    ['older_sibling', 'Older brother or sister'],
    ['other_relative', 'Another relative'],
    ['non_relative', 'A guardian who is not a relative'],
  ]),
  choices(
    'education',
    withMissing([
      ['no_schooling', 'No schooling'],
      ['primary', 'Primary'],
      ['secondary', 'Secondary'],
      ['higher', 'Higher than secondary'],
    ]),
  ),
  choices('mediation', [
    ['talk_about_internet', 'Talk with the child about what they do online'],
    ['explain_safe_use', 'Explain how to use the internet safely'],
    ['set_time_rules', 'Set rules on how long they may be online'],
    ['set_content_rules', 'Set rules on what they may do or see online'],
    ['check_device', "Check the child's device or history"],
    ['parental_controls', 'Use parental controls or filters'],
    ['stay_nearby', 'Stay nearby while they are online'],
    ['no_mediation', 'None of these'],
  ]),
  choices('report_place', [
    ['police', 'The police'],
    ['child_helpline', 'A child helpline'],
    ['social_welfare', 'Social welfare services'],
    ['school', 'The school'],
    ['health_worker', 'A health worker'],
    ['religious_leader', 'A religious leader'],
    ['community_leader', 'A community leader'],
    ['online_platform', 'The app or website where it happened'],
    ['family', 'Other family members'],
    ['would_not_report', 'I would not report it'],
    DONT_KNOW,
  ]),
];

/** Codes every country's platform list keeps, so an item can always be answered. */
const PLATFORM_FIXED: readonly ChoiceDraft[] = [{ code: 'other_platform', label: 'Another app, site or game' }, DONT_KNOW, REFUSED];

/** The lists each country fills from its assessment config (docs/methodology.md § comparability). */
export function extensionLists(params: SurveyParameters): ChoiceListDraft[] {
  return [
    extensionList(
      'stratum',
      params.strata.map((s) => ({ code: s.code, label: s.label })),
    ),
    extensionList('platform', [...params.platforms.filter((p) => !PLATFORM_FIXED.some((f) => f.code === p.code)), ...PLATFORM_FIXED]),
    extensionList('language', params.languages),
  ];
}

/** The lists an instrument's questions select from, in order of first use, so each instrument carries only its own. */
export function listsUsedBy(params: SurveyParameters, nodes: readonly NodeDraft[]): ChoiceListDraft[] {
  const names = new Set<string>();
  const visit = (node: NodeDraft): void => {
    if (node.kind === 'question') {
      if (node.listName !== undefined) names.add(node.listName);
    } else node.children.forEach(visit);
  };
  nodes.forEach(visit);
  const all = new Map([...FIXED_LISTS, ...extensionLists(params)].map((l) => [l.name, l]));
  return [...names].map((name) => {
    const list = all.get(name);
    if (!list) throw new Error(`household-survey: no choice list "${name}"`);
    return list;
  });
}
