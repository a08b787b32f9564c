import type { ActivityDefinition, AssessmentConfig, IssueInput } from '@dh/core';

/**
 * Some activities may only run where the assessment records ethical clearance (survivor
 * conversations, methodology.md § 4, 6, 7, 8): without it their data is refused unread.
 * Returned as a precondition for validateDataset.
 */
export function ethicalClearancePrecondition(activity: ActivityDefinition, config: AssessmentConfig | undefined): IssueInput | undefined {
  if (!activity.requiresEthicalClearance) return undefined;
  if (config?.ethicalClearance[activity.id] !== undefined) return undefined;
  const where = config === undefined ? 'no assessment.json was found (give one with --config)' : `assessment.json has no ethicalClearance entry for ${activity.id}`;
  return {
    code: 'activity-not-cleared',
    params: {
      activity: activity.id,
      hint: `The data was not read because ${where}. Record the clearance (body, reference, date) under "ethicalClearance" in assessment.json first.`,
    },
  };
}
