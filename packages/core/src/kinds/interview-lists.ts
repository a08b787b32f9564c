import type { AssessmentConfig } from '../config/assessment-config.js';
import { choices, type ChoiceDraft, type ChoiceListDraft } from '../instrument/builder.js';
import type { ChoiceList } from '../instrument/types.js';
import { recordList } from '../records/define-record-type.js';

/**
 * The answer lists every interview log shares (docs/methodology.md § the interview activities).
 * Their translation keys (`choices.<list>.<code>`) are global, so a list keeps one set of texts
 * in every activity: `yes_no` is the household survey's too.
 */
export const YES_NO = choices('yes_no', [
  ['yes', 'Yes'],
  ['no', 'No'],
]);

export const AGE_GROUP = choices('age_group', [
  ['under_18', 'Under 18'],
  ['adult', '18 or older'],
]);

export const INTERVIEW_MODE = choices('interview_mode', [
  ['in_person', 'In person'],
  ['video_call', 'Video call'],
  ['phone', 'Telephone'],
]);

/** How an interview ended: stop rules are part of trauma-informed practice, so a stop is recorded, never hidden. */
export const INTERVIEW_END = choices('interview_end', [
  ['completed', 'Completed'],
  ['stopped_by_respondent', 'Stopped at the respondent’s wish'],
  ['stopped_for_wellbeing', 'Stopped by the interviewer for the respondent’s wellbeing'],
  ['interrupted', 'Interrupted for another reason'],
]);

/** An activity's respondent types as the list its guide, log and tables share (`choices.respondent_type.<code>`). */
export function respondentTypeList(types: readonly { readonly code: string; readonly label: string }[]): ChoiceList {
  return recordList(
    'respondent_type',
    types.map((t) => [t.code, t.label] as const),
  );
}

/**
 * The kinds of organisation a professional respondent works for, one list for every interview
 * activity so respondents of several activities can be set side by side. Each activity offers
 * the codes that fit its respondents.
 */
export const SECTORS: readonly ChoiceDraft[] = [
  { code: 'government', label: 'Government or other public institution' },
  { code: 'independent_institution', label: 'Independent public institution (human-rights commission, children’s ombudsperson)' },
  { code: 'parliament', label: 'Parliament' },
  { code: 'ngo', label: 'Non-governmental or civil-society organisation' },
  { code: 'international', label: 'International organisation' },
  { code: 'private', label: 'Private sector, including private legal practice' },
  { code: 'other_sector', label: 'Other' },
];

/** The `sector` list with only these codes, in the shared order; an unknown code is an authoring error. */
export function sectorList(codes: readonly string[]): ChoiceListDraft {
  const unknown = codes.filter((code) => !SECTORS.some((s) => s.code === code));
  if (unknown.length > 0)
    throw new RangeError(`sector codes ${unknown.join(', ')} are not in SECTORS (${SECTORS.map((s) => s.code).join(', ')})`);
  return choices(
    'sector',
    SECTORS.filter((s) => codes.includes(s.code)),
  );
}

/** Regions used until a country fills `extensionLists.region` (the household survey's examples). */
export const DEFAULT_REGIONS: readonly ChoiceDraft[] = [
  { code: 'region_a', label: 'Region A' },
  { code: 'region_b', label: 'Region B' },
];

/** The regions of an assessment (extension list `region`), or the examples. */
export function regionChoices(config: AssessmentConfig | undefined): readonly ChoiceDraft[] {
  return config?.extensionLists['region'] ?? DEFAULT_REGIONS;
}

/** The interview languages: extension list `language`, or the assessment's languages by their English names. */
export function languageChoices(config: AssessmentConfig | undefined): readonly ChoiceDraft[] {
  const own = config?.extensionLists['language'];
  if (own !== undefined) return own;
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return (config?.languages ?? ['en']).map((tag) => ({ code: tag, label: names.of(tag) ?? tag }));
}

/** Synthetic interviews fall in the fieldwork window, or in this one when the assessment records none. */
export const DEFAULT_INTERVIEW_FIELDWORK = { start: '2021-01-11', end: '2021-04-30' } as const;
