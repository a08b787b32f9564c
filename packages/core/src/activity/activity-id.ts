/**
 * The nine research activities of Disrupting Harm by their stable ids (docs/methodology.md).
 * Documentation, not a closed list: an activity package declares its own id, and a tenth
 * activity is a new package and nothing else (docs/architecture.md, principle 2).
 */
export const KNOWN_ACTIVITY_IDS = [
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

/** Lower-case words joined by `-`: package, folder and config key alike. */
export const ACTIVITY_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function isWellFormedActivityId(id: string): boolean {
  return ACTIVITY_ID_PATTERN.test(id) && id.length <= 64;
}
