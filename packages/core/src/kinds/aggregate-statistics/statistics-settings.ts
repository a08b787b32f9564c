import { z } from 'zod';
import type { ReferenceYears } from '../../activity/activity-definition.js';
import type { ScaffoldDeclaration } from '../../activity/scaffold.js';
import { activitySettings } from '../../config/activity-settings.js';
import type { AssessmentConfig } from '../../config/assessment-config.js';
import type { ConfigProblem } from '../../config/config-problem.js';

/** (dh) Three calendar years unless the assessment says otherwise. */
export const DEFAULT_REFERENCE_YEARS = { from: 2019, to: 2021 } as const;

const year = z.int().min(1990).max(2100);

/**
 * The settings an aggregate-statistics activity takes from assessment.json
 * (`activities.<id>.settings`): the years its figures are asked for and how finely. Rules
 * (periods within the reference years), the data request's columns and synthetic data
 * follow them (docs/architecture.md, principle 5).
 */
export const StatisticsSettingsSchema = z.strictObject({
  referenceYears: z
    .strictObject({ from: year, to: year })
    .default({ ...DEFAULT_REFERENCE_YEARS })
    .meta({ description: 'First and last calendar year figures are asked for; a figure for another year is an error.' }),
  periodicity: z
    .enum(['year', 'quarter', 'month'])
    .default('year')
    .meta({ description: 'Whether the data request asks for figures per year, per quarter (2021-Q3) or per month (2021-07).' }),
});

export type StatisticsSettings = z.output<typeof StatisticsSettingsSchema>;

/** An activity's statistics settings from an assessment, or the published defaults. */
export function statisticsSettings(config: AssessmentConfig | undefined, activityId: string): StatisticsSettings {
  return activitySettings(config, activityId, StatisticsSettingsSchema, {
    referenceYears: { ...DEFAULT_REFERENCE_YEARS },
    periodicity: 'year',
  });
}

/** What is wrong with a span of reference years (in order, at most 30), or undefined. */
export function referenceYearsProblem({ from, to }: ReferenceYears): string | undefined {
  const parsed = StatisticsSettingsSchema.shape.referenceYears.safeParse({ from, to });
  if (!parsed.success) return `the years must be whole years from 1990 to 2100, not ${from}–${to}`;
  if (from > to) return `the first year ${from} is after the last year ${to}`;
  if (to - from >= 30) return `${to - from + 1} years is more than a data request can ask for: give at most 30`;
  return undefined;
}

/** Where an activity's reference years are set, as a user reads it in a hint. */
export const referenceYearsSetting = (activityId: string): string => `activities.${activityId}.settings.referenceYears`;

/**
 * Cross-field checks of the settings: the years in order and not too many; a warning for
 * each reference year without a child population, where the activity publishes rates.
 */
export function checkStatisticsSettings(config: AssessmentConfig, activityId: string, publishesRates: boolean): ConfigProblem[] {
  const { from, to } = statisticsSettings(config, activityId).referenceYears;
  const path = referenceYearsSetting(activityId);
  const problem = referenceYearsProblem({ from, to });
  if (problem !== undefined) return [{ severity: 'error', path, message: problem }];
  if (!publishesRates) return [];
  const known = new Set((config.population?.childrenByYear ?? []).map((p) => p.year));
  if (config.population?.children !== undefined) known.add(config.population.year);
  const missing = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => !known.has(y));
  return missing.length === 0
    ? []
    : [
        {
          severity: 'warning',
          path: 'population.childrenByYear',
          message: `no number of children for ${missing.join(', ')}: rates per 100,000 children of ${activityId} will not be computed for ${missing.length === 1 ? 'that year' : 'those years'}`,
        },
      ];
}

/** What `dh new country` asks for every aggregate-statistics activity (the same options, so asked once). */
export const STATISTICS_SCAFFOLD: ScaffoldDeclaration = {
  options: [
    {
      name: 'first-reference-year',
      type: 'integer',
      default: DEFAULT_REFERENCE_YEARS.from,
      description: 'first calendar year of police, helpline and industry figures asked for',
    },
    {
      name: 'last-reference-year',
      type: 'integer',
      default: DEFAULT_REFERENCE_YEARS.to,
      description: 'last calendar year of police, helpline and industry figures asked for',
    },
  ],
  settings: (options) => ({
    referenceYears: {
      from: Number(options['first-reference-year'] ?? DEFAULT_REFERENCE_YEARS.from),
      to: Number(options['last-reference-year'] ?? DEFAULT_REFERENCE_YEARS.to),
    },
  }),
};
