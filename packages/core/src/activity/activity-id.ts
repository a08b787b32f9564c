/** The nine research activities of Disrupting Harm, by their stable ids (methodology.md). */
export const ACTIVITY_IDS = [
  'legal-policy-review',
  'household-survey',
  'law-enforcement-data',
  'law-enforcement-interviews',
  'frontline-worker-survey',
  'duty-bearer-interviews',
  'access-to-justice-interviews',
  'survivor-conversations',
  'helpline-hotline-industry-data',
] as const;

export type ActivityId = (typeof ACTIVITY_IDS)[number];

export function isActivityId(id: string): id is ActivityId {
  return (ACTIVITY_IDS as readonly string[]).includes(id);
}
