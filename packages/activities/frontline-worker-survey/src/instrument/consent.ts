import { code, date, group, q, selectOne, type NodeDraft } from '@dh/core';

/**
 * Nothing is asked of a worker who has not agreed to take part (docs/methodology.md §
 * reporting and data protection): every module is relevant only where consent is "yes".
 */
export const consented = q('consent').eq('yes');

/** What the interviewer records before the first question, and the consent question itself. */
export const BEFORE_CONSENT = ['respondent_id', 'interviewer_id', 'interview_date', 'interview_language', 'consent'] as const;

/** Identification (codes only, never names) and consent, which come before any question to the respondent. */
export function identificationAndConsent(): NodeDraft[] {
  return [
    group('fw_identification', 'Identification', [
      code('respondent_id', 'Respondent code (e.g. FW-012): a code from the sample list, never a name', { required: true }),
      code('interviewer_id', 'Interviewer code', { required: true }),
      date('interview_date', 'Date of the interview', { required: true }),
      selectOne('interview_language', 'language', 'Language of the interview', { required: true }),
    ]),
    group('fw_consent_group', 'Consent', [
      selectOne(
        'consent',
        'fw_yes_no',
        'Read the information sheet to the respondent: who we are and why this study is done; that taking part is voluntary and unpaid; that they may skip any question or stop at any time, with no effect on their work; that answers are confidential and published only as figures about many respondents; and that they should not name any child, family or colleague. Does the respondent agree to take part?',
        { required: true },
      ),
    ]),
  ];
}
