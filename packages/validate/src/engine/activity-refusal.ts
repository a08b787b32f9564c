import type { ActivityDefinition, AssessmentConfig, IssueInput } from '@dh/core';

/**
 * Some activities may only run under conditions the assessment records (survivor
 * conversations: ethical clearance, docs/methodology.md); the activity says why not
 * (`refusal`), and its data are then refused unread. Returned as a precondition for
 * validateDataset.
 */
export function activityRefusalIssue(
  activity: Pick<ActivityDefinition, 'id' | 'refusal'>,
  config: AssessmentConfig | undefined,
): IssueInput | undefined {
  const reason = activity.refusal?.(config);
  if (reason === undefined) return undefined;
  return { code: 'activity-refused', params: { activity: activity.id, reason, hint: `The data was not read. ${reason}` } };
}
