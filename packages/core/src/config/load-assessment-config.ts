import { z } from 'zod';
import { AssessmentConfigSchema, type AssessmentConfig } from './assessment-config.js';
import type { ActivityDefinition } from '../activity/activity-definition.js';

export interface ConfigProblem {
  /** JSON path, e.g. `survey.ageRange.max`. */
  readonly path: string;
  readonly message: string;
}

export type ConfigResult =
  | { readonly status: 'success'; readonly config: AssessmentConfig; readonly warnings: readonly ConfigProblem[] }
  | { readonly status: 'failure'; readonly errors: readonly ConfigProblem[] };

/**
 * Parse → normalise → named cross-field rules (style.md, after changesets). Cross-field
 * checks live here rather than in zod refinements so the published JSON Schema and this
 * code cannot disagree about what they check.
 */
export function parseAssessmentConfig(json: unknown): ConfigResult {
  const parsed = AssessmentConfigSchema.safeParse(json);
  if (!parsed.success) {
    return { status: 'failure', errors: parsed.error.issues.map((i) => ({ path: pathText(i.path), message: i.message })) };
  }
  const config = parsed.data;
  const errors: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  for (const rule of CONFIG_RULES) rule(config, errors, warnings);
  return errors.length > 0 ? { status: 'failure', errors } : { status: 'success', config, warnings };
}

type ConfigRule = (config: AssessmentConfig, errors: ConfigProblem[], warnings: ConfigProblem[]) => void;

const CONFIG_RULES: readonly ConfigRule[] = [
  function fieldworkWindowInOrder(config, errors) {
    if (config.fieldwork.start > config.fieldwork.end) errors.push({ path: 'fieldwork', message: `starts (${config.fieldwork.start}) after it ends (${config.fieldwork.end})` });
  },
  function ageRangeInOrder(config, errors) {
    const range = config.survey?.ageRange;
    if (range && range.min > range.max) errors.push({ path: 'survey.ageRange', message: `min ${range.min} is above max ${range.max}` });
  },
  function thresholdsInOrder(config, errors) {
    if (config.thresholds.suppressBelow > config.thresholds.flagBelow) errors.push({ path: 'thresholds', message: 'suppressBelow must not exceed flagBelow' });
  },
  function languagesUnique(config, errors) {
    const seen = new Set<string>();
    for (const tag of config.languages) {
      if (seen.has(tag)) errors.push({ path: 'languages', message: `"${tag}" is listed twice` });
      seen.add(tag);
    }
  },
  function strataUnique(config, errors) {
    const codes = (config.survey?.strata ?? []).map((s) => s.code);
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup !== undefined) errors.push({ path: 'survey.strata', message: `stratum code "${dup}" is listed twice` });
  },
];

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

/** The published JSON Schema of assessment.json (draft 2020-12), as input: defaults are optional. */
export function assessmentConfigJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dh.invalid/schema/assessment.schema.json',
    ...(z.toJSONSchema(AssessmentConfigSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>),
  };
}

/**
 * What the chosen activities need from the config, declared by each activity
 * (`usesSurveyDesign`), so this check never names an activity.
 */
export function checkConfigForActivities(config: AssessmentConfig, activities: readonly Pick<ActivityDefinition, 'id' | 'usesSurveyDesign'>[]): { errors: ConfigProblem[]; warnings: ConfigProblem[] } {
  const errors: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  for (const activity of activities) {
    if (!config.activities[activity.id] || !activity.usesSurveyDesign) continue;
    if (!config.survey) errors.push({ path: 'survey', message: `${activity.id} runs, so the survey design (age range, internet-user definition, strata) is required` });
    if (!config.population) warnings.push({ path: 'population', message: `no population figures: national counts for ${activity.id} will not be computed` });
  }
  return { errors, warnings };
}
