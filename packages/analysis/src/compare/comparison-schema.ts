import { z } from 'zod';
import { EstimateFlagSchema } from '../results/results-schema.js';

/**
 * The published shape of a cross-country table (`dh compare`), generated to
 * packages/analysis/schema/comparison.schema.json. A cell holds numbers only when the
 * country is comparable with the reference for that indicator; otherwise it says why.
 */
export const ComparisonCellSchema = z.strictObject({
  country: z.string(),
  comparable: z.boolean(),
  reason: z.string().nullable().meta({ description: 'Why the country is not put side by side with the reference here.' }),
  estimate: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  n: z.number().nullable(),
  flags: z.array(EstimateFlagSchema),
});

export const ComparisonRowSchema = z.strictObject({
  activity: z.string(),
  indicator: z.string(),
  title: z.string(),
  estimator: z.enum(['proportion', 'mean', 'total', 'count', 'rate-per-100000']),
  disaggregation: z.string().nullable(),
  level: z.string().nullable(),
  levelLabel: z.string(),
  cells: z.array(ComparisonCellSchema),
});

export const ComparisonCountrySchema = z.strictObject({
  country: z.string(),
  name: z.string(),
  synthetic: z.boolean(),
  ageRange: z.strictObject({ min: z.int(), max: z.int() }).nullable(),
  internetUser: z.strictObject({ recallMonths: z.int(), definition: z.string() }).nullable(),
  activities: z.array(z.strictObject({ id: z.string(), instrumentVersion: z.string() })),
});

export const ComparisonSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('dh-comparison'),
    formatVersion: z.literal('1.0.0'),
    reference: z.string().meta({ description: 'The country every other is checked against (the first assessment named).' }),
    countries: z.array(ComparisonCountrySchema),
    rows: z.array(ComparisonRowSchema),
  })
  .meta({ title: 'dh cross-country comparison', description: 'Countries side by side only where the indicator contracts say they are comparable (dh compare).' });

export type ComparisonCell = z.output<typeof ComparisonCellSchema>;
export type ComparisonRow = z.output<typeof ComparisonRowSchema>;
export type ComparisonCountry = z.output<typeof ComparisonCountrySchema>;
export type Comparison = z.output<typeof ComparisonSchema>;

export const COMPARISON_SCHEMA_ID = 'https://dh.invalid/schema/comparison.schema.json';

export function comparisonJsonSchema(): Record<string, unknown> {
  return { $id: COMPARISON_SCHEMA_ID, ...(z.toJSONSchema(ComparisonSchema, { target: 'draft-2020-12' }) as Record<string, unknown>) };
}
