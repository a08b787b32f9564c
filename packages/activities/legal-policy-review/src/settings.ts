import { activitySettings, type AssessmentConfig, type ConfigProblem } from '@dh/core';
import { z } from 'zod';
import { REVIEWER_CODE } from './record-type.js';
import { ACTIVITY_ID } from './version.js';

/**
 * The review's own section of assessment.json (`activities.legal-policy-review.settings`).
 * The checklist itself is the comparable core and is not a setting (docs/methodology.md §
 * comparability); a country names only who reviews.
 */
export const LegalSettingsSchema = z.strictObject({
  reviewers: z
    .array(z.string().regex(REVIEWER_CODE, 'a reviewer code such as R01 or LR-02: capital letters, then digits (never a name)'))
    .default([])
    .meta({
      description:
        'Codes of the reviewers of this assessment (e.g. ["R01", "R02"]). When listed, every row must carry one of them; when empty, any code of that form is accepted.',
    }),
});

export type LegalSettings = z.output<typeof LegalSettingsSchema>;

export const DEFAULT_SETTINGS: LegalSettings = { reviewers: [] };

/** The review's settings in an assessment (the published defaults without one). */
export function legalSettings(config?: AssessmentConfig): LegalSettings {
  return activitySettings(config, ACTIVITY_ID, LegalSettingsSchema, DEFAULT_SETTINGS);
}

/** Cross-field checks of the settings, beyond the schema. */
export function checkLegalSettings(settings: LegalSettings): ConfigProblem[] {
  const duplicate = settings.reviewers.find((code, i) => settings.reviewers.indexOf(code) !== i);
  return duplicate === undefined
    ? []
    : [
        {
          severity: 'error',
          path: `activities.${ACTIVITY_ID}.settings.reviewers`,
          message: `reviewer code "${duplicate}" is listed twice`,
        },
      ];
}

/** `R01, R02` → ["R01", "R02"]: the scaffold's option as the settings hold it (the schema then checks each code). */
export function parseReviewers(spec: string): string[] {
  return spec
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}
