import { activitySettings, ethicalClearanceSetting, type AssessmentConfig } from '@dh/core';
import { z } from 'zod';
import { STUDY } from './study.js';
import { ACTIVITY_ID } from './version.js';

/**
 * The activity's own section of assessment.json (`activities.survivor-conversations.settings`):
 * the conversations planned, and the ethical clearance without which its data are refused
 * (docs/methodology.md § the interview activities; docs/architecture.md, principle 5).
 */
export const SettingsSchema = z.strictObject({ planned: STUDY.plannedSchema, ethicalClearance: ethicalClearanceSetting });

export type Settings = z.output<typeof SettingsSchema>;

export function settingsOf(config: AssessmentConfig | undefined): Settings {
  return activitySettings(config, ACTIVITY_ID, SettingsSchema, { planned: { ...STUDY.defaultPlanned } });
}
