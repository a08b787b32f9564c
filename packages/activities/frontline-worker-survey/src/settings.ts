import { activitySettings, type AssessmentConfig, type ConfigProblem } from '@dh/core';
import { z } from 'zod';
import { ACTIVITY_ID } from './version.js';

/**
 * The survey's own section of assessment.json (`activities.frontline-worker-survey.settings`).
 * The questionnaire is the comparable core (docs/methodology.md § comparability): a country
 * fills its regions and languages through core's extension lists, and plans its sample here.
 * There is no design to declare: the sample is purposive.
 */
export const FrontlineSettingsSchema = z.strictObject({
  targetSampleSize: z
    .int()
    .min(1)
    .max(2000)
    .default(50)
    .meta({ description: 'Planned number of frontline workers interviewed (a purposive sample; about 50 in most countries).' }),
});

export type FrontlineSettings = z.output<typeof FrontlineSettingsSchema>;

export const DEFAULT_SETTINGS: FrontlineSettings = { targetSampleSize: 50 };

/** The survey's settings in an assessment (the published defaults without one). */
export function frontlineSettings(config?: AssessmentConfig): FrontlineSettings {
  return activitySettings(config, ACTIVITY_ID, FrontlineSettingsSchema, DEFAULT_SETTINGS);
}

/**
 * What a research lead should know before fieldwork: a planned sample under the suppression
 * threshold publishes no share at all (docs/methodology.md § reporting and data protection),
 * and without a region list the region question offers example regions.
 */
export function checkFrontlineSettings(config: AssessmentConfig): ConfigProblem[] {
  const { targetSampleSize } = frontlineSettings(config);
  const problems: ConfigProblem[] = [];
  const threshold = config.thresholds.suppressBelow;
  if (targetSampleSize < threshold)
    problems.push({
      severity: 'warning',
      path: `activities.${ACTIVITY_ID}.settings.targetSampleSize`,
      message: `the planned ${targetSampleSize} respondents are fewer than thresholds.suppressBelow (${threshold}): every share of the survey would be suppressed`,
    });
  if (config.extensionLists['region'] === undefined)
    problems.push({
      severity: 'warning',
      path: 'extensionLists.region',
      message:
        'no region list: the frontline-worker questionnaire asks the region from example regions (region_a, region_b) until one is given',
    });
  return problems;
}
