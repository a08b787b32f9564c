import type { AssessmentConfig } from '../config/assessment-config.js';
import { all, any, q } from '../expression/builders.js';
import type { Expr } from '../expression/ast.js';
import {
  choices,
  code,
  date,
  defineInstrument,
  extensionList,
  integer,
  note,
  selectOne,
  type ChoiceListDraft,
  type NodeDraft,
} from '../instrument/builder.js';
import type { Instrument } from '../instrument/types.js';
import { AGE_GROUP, INTERVIEW_END, INTERVIEW_MODE, languageChoices, regionChoices, sectorList, YES_NO } from './interview-lists.js';
import type { InterviewStudyDraft } from './interview-study-draft.js';

/** The record type of every interview log: one row per interview held. */
export const INTERVIEW_LOG = 'interview_log';

/**
 * Where a respondent is a child: the age group is asked of respondent types that may be under
 * 18, and a child's interview needs the child's own assent as well as consent.
 */
export const respondentIsChild: Expr = q('respondent_age_group').eq('under_18');

/** A condition on the respondent type: none when it holds for every type (always asked), or undefined when for none. */
function typeCondition(draft: InterviewStudyDraft, holds: (type: InterviewStudyDraft['respondentTypes'][number]) => boolean) {
  const codes = draft.respondentTypes.filter(holds).map((t) => t.code);
  if (codes.length === 0) return { asked: false } as const;
  if (codes.length === draft.respondentTypes.length) return { asked: true } as const;
  return { asked: true, relevant: q('respondent_type').in(...codes) } as const;
}

/**
 * The interview log as a questionnaire (docs/methodology.md § the interview activities): a
 * field team fills it on a tablet after each interview, so it is exported as an XLSForm with
 * codebooks and DDI like any questionnaire. Codes only, never names. The activity's own
 * questions (`draft.logQuestions`) come before the end of the interview.
 */
export function interviewLogInstrument(draft: InterviewStudyDraft, config: AssessmentConfig | undefined): Instrument {
  const prefix = draft.prefix.toUpperCase();
  const child = typeCondition(draft, (t) => t.mayBeChild === true);
  const professional = typeCondition(draft, (t) => t.professional === true);
  const lists: ChoiceListDraft[] = [
    choices(
      'respondent_type',
      draft.respondentTypes.map((t) => [t.code, t.label] as const),
    ),
    YES_NO,
    INTERVIEW_MODE,
    INTERVIEW_END,
    extensionList('region', regionChoices(config)),
    extensionList('language', languageChoices(config)),
    ...(child.asked ? [AGE_GROUP] : []),
    ...(professional.asked ? [sectorList(draft.sectors)] : []),
    ...(draft.logLists ?? []),
  ];
  const children: NodeDraft[] = [
    code('interview_code', 'Interview code', {
      required: true,
      hint: `The anonymous code of this interview, e.g. ${prefix}-007. Never a name, initials or a telephone number.`,
    }),
    code('interviewer_code', 'Interviewer code', { required: true, hint: 'Your own interviewer code, not your name.' }),
    selectOne('respondent_type', 'respondent_type', 'Who was interviewed?', { required: true }),
    ...(child.asked
      ? [
          selectOne('respondent_age_group', 'age_group', 'Age of the respondent on the day of the interview', {
            required: true,
            ...(child.relevant !== undefined && { relevant: child.relevant }),
          }),
        ]
      : []),
    ...(professional.asked
      ? [
          selectOne('sector', 'sector', 'Sector the respondent works in', {
            required: true,
            ...(professional.relevant !== undefined && { relevant: professional.relevant }),
          }),
        ]
      : []),
    selectOne('region', 'region', 'Region where the respondent lives or works', { required: true }),
    date('interview_date', 'Date of the interview', { required: true }),
    selectOne('interview_language', 'language', 'Language of the interview', { required: true }),
    selectOne('interview_mode', 'interview_mode', 'How the interview was held', { required: true }),
    selectOne('consent', 'yes_no', 'Was informed consent given before the interview began?', {
      required: true,
      hint: 'For a respondent under 18: did a parent or caregiver, or the adult the ethics approval names, consent after the information script was read?',
    }),
    ...(child.asked
      ? [
          selectOne('assent', 'yes_no', 'Did the child agree (assent), in their own words, after the assent script was read?', {
            required: true,
            relevant: respondentIsChild,
          }),
        ]
      : []),
    note(
      'no_consent_stop',
      child.asked
        ? 'Stop. No interview may be held or kept without consent and, for a child, the child’s own assent. Do not save this form: discard it, and keep no notes or recording of the conversation.'
        : 'Stop. No interview may be held or kept without consent. Do not save this form: discard it, and keep no notes or recording of the conversation.',
      { relevant: child.asked ? any(q('consent').eq('no'), all(respondentIsChild, q('assent').eq('no'))) : q('consent').eq('no') },
    ),
    integer('duration_minutes', 'Length of the interview, in minutes', { required: true, min: 1, max: 300 }),
    ...(draft.logQuestions ?? []),
    selectOne('interview_end', 'interview_end', 'How did the interview end?', { required: true }),
    selectOne(
      'referral_offered',
      'yes_no',
      'Was the respondent told where to get help, and offered a referral to a support service, at the end of the interview?',
      { required: true },
    ),
  ];
  return defineInstrument({
    id: `${draft.prefix}_interview_log`,
    title: `${draft.name}: interview log`,
    version: draft.version,
    recordType: INTERVIEW_LOG,
    key: ['interview_code'],
    choiceLists: lists,
    children,
  });
}
