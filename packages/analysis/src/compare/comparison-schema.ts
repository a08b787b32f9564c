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
  harmonised: z
    .string()
    .optional()
    .meta({ description: "Present when the numbers were re-estimated on the reference's population (dh compare --harmonise): how." }),
});

export const ComparisonRowSchema = z.strictObject({
  activity: z.string(),
  indicator: z.string(),
  title: z.string(),
  estimator: z.enum(['proportion', 'mean', 'total', 'count', 'rate-per-100000']),
  disaggregation: z.string().nullable(),
  disaggregationTitle: z.string().nullable(),
  level: z.string().nullable(),
  levelLabel: z.string(),
  cells: z.array(ComparisonCellSchema),
});

/** A status table side by side: item × country, each cell the status in words and its code (never colour alone). */
export const ComparisonMatrixSchema = z.strictObject({
  activity: z.string(),
  table: z.string(),
  title: z.string(),
  items: z.array(z.strictObject({ code: z.string(), label: z.string() })),
  cells: z.array(
    z.strictObject({
      item: z.string(),
      country: z.string(),
      comparable: z.boolean(),
      status: z.string().nullable().meta({ description: 'The status code (yes, partial, no, unclear).' }),
      text: z.string().nullable().meta({ description: 'The status in words.' }),
      detail: z.string().nullable().meta({ description: 'The evidence (a citation), where given.' }),
      version: z
        .string()
        .nullable()
        .meta({ description: "The version of the activity's instrument (e.g. the checklist) this country's status was coded against." }),
      reason: z.string().nullable(),
    }),
  ),
});

export const ComparisonCountrySchema = z.strictObject({
  country: z.string(),
  name: z.string(),
  synthetic: z.boolean(),
  activities: z.array(
    z.strictObject({
      id: z.string(),
      instrumentVersion: z.string(),
      parameters: z.array(z.strictObject({ id: z.string(), title: z.string(), value: z.string() })),
      refusal: z
        .string()
        .nullable()
        .meta({ description: "Why none of this activity's results are put beside the reference's (said once here, not in every cell)." }),
      harmonised: z.string().optional().meta({
        description: "Present when this activity's results were re-estimated on the reference's population (dh compare --harmonise): how.",
      }),
    }),
  ),
});

export const ComparisonSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('dh-comparison'),
    formatVersion: z.literal('2.0.0'),
    reference: z.string().meta({ description: 'The country every other is checked against (the first assessment named).' }),
    countries: z.array(ComparisonCountrySchema),
    rows: z.array(ComparisonRowSchema),
    matrices: z.array(ComparisonMatrixSchema),
  })
  .meta({
    title: 'dh cross-country comparison',
    description: 'Countries side by side only where the contracts say they are comparable (dh compare).',
  });

export type ComparisonCell = z.output<typeof ComparisonCellSchema>;
export type ComparisonRow = z.output<typeof ComparisonRowSchema>;
export type ComparisonCountry = z.output<typeof ComparisonCountrySchema>;
export type ComparisonMatrix = z.output<typeof ComparisonMatrixSchema>;
export type Comparison = z.output<typeof ComparisonSchema>;

export const COMPARISON_SCHEMA_ID = 'https://dh.invalid/schema/comparison.schema.json';

export function comparisonJsonSchema(): Record<string, unknown> {
  return { $id: COMPARISON_SCHEMA_ID, ...(z.toJSONSchema(ComparisonSchema, { target: 'draft-2020-12' }) as Record<string, unknown>) };
}
