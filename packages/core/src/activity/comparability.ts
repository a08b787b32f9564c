import type { AssessmentConfig } from '../config/assessment-config.js';

/**
 * A parameter two countries must share for an activity's results to stand side by side
 * (docs/methodology.md § comparability): the survey's age range, its internet-user
 * definition, a checklist's major version. Declared by the activity; `dh compare` reads the
 * values each result carries and refuses, saying why, where they differ.
 */
export interface ComparabilityKey {
  readonly id: string;
  /** What it is, in words: "Survey age range". */
  readonly title: string;
  /** Its value for an assessment, as printed and compared ("12–17"). */
  value(config: AssessmentConfig): string;
  /** The indicators and tables it matters for; all of the activity's when absent. */
  readonly outputs?: readonly string[];
  /**
   * How a country whose value differs is re-estimated on the reference's population from its own
   * data (`dh compare --harmonise`, docs/methodology.md § comparability): its config with this
   * parameter narrowed to the reference's value, or why its data do not allow that. Absent: never.
   */
  harmonise?(own: AssessmentConfig, reference: AssessmentConfig): AssessmentConfig | { readonly refused: string };
}

/** The config with an activity's settings changed (`harmonise` narrows one parameter this way). */
export function withActivitySettings(
  config: AssessmentConfig,
  activity: string,
  settings: Readonly<Record<string, unknown>>,
): AssessmentConfig {
  const entry = config.activities[activity];
  if (entry === undefined) return config;
  return { ...config, activities: { ...config.activities, [activity]: { ...entry, settings: { ...entry.settings, ...settings } } } };
}
