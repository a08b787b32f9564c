import { activitySettings, type AssessmentConfig } from '@dh/core';
import { z } from 'zod';
import { STUDY } from './study.js';
import { ACTIVITY_ID } from './version.js';

/**
 * The activity's own section of assessment.json (`activities.access-to-justice-interviews.settings`):
 * the interviews planned with each respondent type (docs/architecture.md, principle 5).
 */
export const SettingsSchema = z.strictObject({ planned: STUDY.plannedSchema });

export type Settings = z.output<typeof SettingsSchema>;

export function settingsOf(config: AssessmentConfig | undefined): Settings {
  return activitySettings(config, ACTIVITY_ID, SettingsSchema, { planned: { ...STUDY.defaultPlanned } });
}
