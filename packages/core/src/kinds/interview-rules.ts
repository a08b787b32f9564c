import type { DatasetRule, RecordRule } from '../activity/contracts.js';
import { all, answered, q } from '../expression/builders.js';
import { answerText } from '../expression/evaluate.js';
import type { IssueInput } from '../issues/issue.js';
import { interviewIssueCodes } from './interview-issues.js';
import { INTERVIEW_LOG, respondentIsChild } from './interview-log.js';
import type { InterviewStudyDraft } from './interview-study-draft.js';

/**
 * Every interview has consent, and a child's interview the child's own assent
 * (docs/methodology.md § reporting and data protection: "answers recorded without consent
 * are errors"). An empty consent field is the core's `required-missing`, so the rules judge
 * only what was recorded.
 */
export function consentRules(draft: InterviewStudyDraft): RecordRule[] {
  const codes = interviewIssueCodes(draft.activityId);
  const rules: RecordRule[] = [
    {
      id: 'interview-has-consent',
      recordType: INTERVIEW_LOG,
      description: 'Every interview in the log was held with informed consent.',
      when: answered('consent'),
      assert: q('consent').eq('yes'),
      severity: 'error',
      code: codes.consentNotRecorded,
      message:
        'Interview {interview_code} is logged without consent (consent = {consent}). If the person did not agree, delete this row and every segment coded from the interview; if they did, correct the consent field.',
      field: 'consent',
    },
  ];
  if (draft.respondentTypes.some((t) => t.mayBeChild === true))
    rules.push({
      id: 'child-interview-has-assent',
      recordType: INTERVIEW_LOG,
      description: 'Every interview with a respondent under 18 was held with the child’s own assent as well as consent.',
      when: all(respondentIsChild, answered('assent')),
      assert: q('assent').eq('yes'),
      severity: 'error',
      code: codes.assentNotRecorded,
      message:
        'Interview {interview_code} is with a respondent under 18 whose assent is not recorded (assent = {assent}). If the child did not agree, delete this row and every segment coded from the interview; if they did, correct the assent field.',
      field: 'assent',
    });
  return rules;
}

/**
 * Planned against achieved interviews per respondent type (a warning: a purposive sample that
 * falls short is reported, not refused). Planned numbers come from the activity's settings.
 */
export function plannedInterviewsRule(draft: InterviewStudyDraft, planned: Readonly<Record<string, number>>): DatasetRule {
  const codes = interviewIssueCodes(draft.activityId);
  return {
    id: 'interviews-as-planned',
    description: `At least the planned number of interviews is logged for each respondent type (activities.${draft.activityId}.settings.planned).`,
    needs: { [INTERVIEW_LOG]: ['respondent_type'] },
    *check(tables): Iterable<IssueInput> {
      const table = tables.get(INTERVIEW_LOG);
      if (!table) return;
      const achieved = new Map<string, number>();
      for (const row of table.rows) {
        const type = answerText(row['respondent_type']).trim();
        achieved.set(type, (achieved.get(type) ?? 0) + 1);
      }
      for (const type of draft.respondentTypes) {
        const want = planned[type.code] ?? 0;
        const have = achieved.get(type.code) ?? 0;
        if (have >= want) continue;
        yield {
          code: codes.fewerThanPlanned,
          file: table.file,
          record: INTERVIEW_LOG,
          field: 'respondent_type',
          params: {
            detail: `${have} interview${have === 1 ? '' : 's'} with respondent type "${type.label}" (${type.code}) ${have === 1 ? 'is' : 'are'} logged, ${want} planned (activities.${draft.activityId}.settings.planned.${type.code}). Hold the missing interviews if fieldwork goes on; otherwise report the shortfall with the results.`,
          },
        };
      }
    },
  };
}
