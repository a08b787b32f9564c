import type { ActivityDefinition, AssessmentConfig, BuiltActivity } from '@dh/core';
import { settingsOf, SettingsSchema } from './settings.js';
import { STUDY } from './study.js';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION, ACTIVITY_ID } from './version.js';

/** Builds activity 7 for one assessment (or for the published defaults without one). */
export function buildAccessToJusticeInterviews(config?: AssessmentConfig): BuiltActivity {
  return STUDY.build(config, settingsOf(config).planned);
}

/** Activity 7 of Disrupting Harm (docs/methodology.md § the interview activities). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Access-to-justice interviews',
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  kind: 'interview',
  description:
    'Semi-structured interviews with about ten children who experienced online sexual exploitation or abuse and whose cases reached the authorities, ten caregivers and ten justice professionals, on how the justice system treated the children from report to verdict, including compensation and support.',
  settings: SettingsSchema,
  issues: STUDY.issues,
  disclosure: STUDY.disclosure,
  comparability: STUDY.comparability,
  scaffold: STUDY.scaffold,
  build: buildAccessToJusticeInterviews,
};
