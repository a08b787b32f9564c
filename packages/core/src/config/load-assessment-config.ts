import { z } from 'zod';
import type { ActivityDefinition } from '../activity/activity-definition.js';
import { isWellFormedActivityId } from '../activity/activity-id.js';
import { ActivityEntrySchema, AssessmentConfigSchema, semverText, THRESHOLD_FLOORS, type AssessmentConfig } from './assessment-config.js';
import { countryQuestionProblems } from '../activity/country-questions.js';
import type { ConfigProblem } from './config-problem.js';

export type ConfigResult =
  | { readonly status: 'success'; readonly config: AssessmentConfig; readonly warnings: readonly ConfigProblem[] }
  | { readonly status: 'failure'; readonly errors: readonly ConfigProblem[]; readonly warnings: readonly ConfigProblem[] };

/** What the config needs of each installed activity: its id, settings schema and checks. */
export type ActivitySections = readonly (Pick<ActivityDefinition, 'id' | 'settings' | 'checkSettings'> &
  Partial<Pick<ActivityDefinition, 'build'>>)[];

/**
 * The schema of assessment.json with each activity's own settings section composed in
 * (`activities.<id>.settings`); ids of activities not installed take the generic entry.
 */
export function assessmentConfigSchema(activities: ActivitySections): z.ZodType<AssessmentConfig> {
  if (activities.length === 0) return AssessmentConfigSchema;
  const known = Object.fromEntries(
    activities.map((a) => [
      a.id,
      z
        .strictObject({
          version: ActivityEntrySchema.shape.version,
          settings: a.settings.prefault({}),
          countryQuestions: ActivityEntrySchema.shape.countryQuestions,
        })
        .optional(),
    ]),
  );
  return AssessmentConfigSchema.extend({
    activities: z
      .object(known)
      .catchall(ActivityEntrySchema)
      .meta(AssessmentConfigSchema.shape.activities.meta() ?? {}),
  }) as unknown as z.ZodType<AssessmentConfig>;
}

/**
 * Parse → normalise → named cross-field rules (after changesets' config pipeline): every
 * problem at once, each with its JSON path. Cross-field checks live here rather than in zod
 * refinements so the published JSON Schema and this code cannot disagree about what they check.
 */
export function parseAssessmentConfig(json: unknown, activities: ActivitySections = []): ConfigResult {
  const parsed = assessmentConfigSchema(activities).safeParse(json);
  if (!parsed.success) {
    return {
      status: 'failure',
      errors: parsed.error.issues.map((i) => ({ severity: 'error', path: pathText(i.path), message: i.message })),
      warnings: [],
    };
  }
  const config = parsed.data;
  const problems: ConfigProblem[] = [];
  for (const rule of CONFIG_RULES) rule(config, problems);
  for (const activity of activities) if (config.activities[activity.id]) problems.push(...(activity.checkSettings?.(config) ?? []));
  problems.push(...countryQuestionProblems(config, activities));
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length > 0 ? { status: 'failure', errors, warnings } : { status: 'success', config, warnings };
}

type ConfigRule = (config: AssessmentConfig, problems: ConfigProblem[]) => void;

const error = (path: string, message: string): ConfigProblem => ({ severity: 'error', path, message });
const warning = (path: string, message: string): ConfigProblem => ({ severity: 'warning', path, message });

const CONFIG_RULES: readonly ConfigRule[] = [
  function fieldworkWindowInOrder(config, problems) {
    const window = config.fieldwork;
    if (window && window.start > window.end) problems.push(error('fieldwork', `starts (${window.start}) after it ends (${window.end})`));
  },
  function thresholdsInOrder(config, problems) {
    if (config.thresholds.suppressBelow > config.thresholds.flagBelow)
      problems.push(
        error(
          'thresholds',
          `suppressBelow (${config.thresholds.suppressBelow}) must not exceed flagBelow (${config.thresholds.flagBelow})`,
        ),
      );
  },
  function thresholdsAboveFloors(config, problems) {
    for (const [name, floor] of Object.entries(THRESHOLD_FLOORS) as [keyof typeof THRESHOLD_FLOORS, number][]) {
      const value = config.thresholds[name];
      if (value >= floor) continue;
      if (config.thresholds.override === undefined) {
        problems.push(
          error(
            `thresholds.${name}`,
            `${value} is below the floor of ${floor}: cells that small could identify someone. Raise it, or record why with thresholds.override (printed with every result)`,
          ),
        );
      } else {
        problems.push(
          warning(`thresholds.${name}`, `${value} is below the floor of ${floor}, by override: "${config.thresholds.override}"`),
        );
      }
    }
  },
  function languagesUnique(config, problems) {
    const seen = new Set<string>();
    for (const tag of config.languages) {
      if (seen.has(tag)) problems.push(error('languages', `"${tag}" is listed twice`));
      seen.add(tag);
    }
  },
  function activityIdsWellFormed(config, problems) {
    for (const id of Object.keys(config.activities)) {
      if (!isWellFormedActivityId(id)) problems.push(error(`activities.${id}`, 'not an activity id: lower-case words joined by -'));
      else if (!semverText.safeParse(config.activities[id]?.version).success)
        problems.push(error(`activities.${id}.version`, 'a semantic version such as 1.0.0'));
    }
  },
];

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

/** The published JSON Schema of assessment.json (draft 2020-12), as input: defaults are optional. */
export function assessmentConfigJsonSchema(activities: ActivitySections = []): Record<string, unknown> {
  return {
    $id: 'https://dh.invalid/schema/assessment.schema.json',
    ...(z.toJSONSchema(assessmentConfigSchema(activities), { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>),
  };
}
