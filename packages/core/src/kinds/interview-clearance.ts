import { EthicalClearanceSchema, type AssessmentConfig, type EthicalClearance } from '../config/assessment-config.js';
import type { ConfigProblem } from '../config/config-problem.js';

/**
 * `settings.ethicalClearance` of an activity that may only run with the approval of a research
 * ethics body (docs/methodology.md § the interview activities: survivor conversations "only
 * with ethical clearance"). An activity requires it by declaring this setting and answering
 * `refusal` with `ethicalClearanceRefusal`. It is optional in the schema, so that an assessment
 * can be scaffolded and its guides built for the ethics application before the approval.
 */
export const ethicalClearanceSetting = EthicalClearanceSchema.optional().meta({
  description:
    'The approval of a research ethics body for this activity: body, reference and date. Until it is recorded, its data are not read, synthesised or analysed.',
});

/**
 * Why an activity that requires ethical clearance may not handle data: none recorded. Undefined
 * once it is. Every report masks what looks like a personal identifier in its messages, so the
 * example reference is no run of digits: "REC-2021-014" (seven digits and dashes) was shown to the
 * user as "REC-[phone number]".
 */
export function ethicalClearanceRefusal(activityId: string, clearance: EthicalClearance | undefined): string | undefined {
  if (clearance !== undefined) return undefined;
  return `assessment.json records no ethical clearance for ${activityId}. Add activities.${activityId}.settings.ethicalClearance with the approving ethics body, the approval's reference and its date (e.g. { "body": "National Research Ethics Committee", "reference": "REC/EXAMPLE/7", "date": "2021-01-05" }), once the approval is given.`;
}

/**
 * A clearance dated after fieldwork began means conversations may have been held before
 * the approval: an error, since no data may be gathered without it.
 */
export function ethicalClearanceProblems(
  activityId: string,
  clearance: EthicalClearance | undefined,
  config: AssessmentConfig,
): ConfigProblem[] {
  const start = config.fieldwork?.start;
  if (clearance === undefined || start === undefined || clearance.date <= start) return [];
  return [
    {
      path: `activities.${activityId}.settings.ethicalClearance.date`,
      severity: 'error',
      message: `The ethical clearance of ${activityId} is dated ${clearance.date}, after fieldwork began (fieldwork.start ${start}): no conversation may be held before the approval. Correct the date of the approval or the start of fieldwork.`,
    },
  ];
}
