import { z } from 'zod';

/**
 * The published shape of `results.json` (packages/analysis/schema/results.schema.json is
 * generated from this and pinned by a drift test). Numbers are null wherever they do not
 * exist or are withheld: a suppressed cell carries its flag and no number at all.
 */

const count = z.number().nullable();

export const EstimateFlagSchema = z.enum(['suppressed', 'low-reliability', 'not-representative', 'not-estimable']).meta({
  description: 'suppressed: too few unweighted cases, no number shown; low-reliability: shown but flagged (DHS: in parentheses); not-representative: unweighted share of a purposive sample; not-estimable: no estimate could be made (see notes).',
});

export const EstimateRowSchema = z.strictObject({
  activity: z.string(),
  indicator: z.string(),
  disaggregation: z.string().nullable().meta({ description: 'Disaggregation id; null for the overall estimate.' }),
  level: z.string().nullable().meta({ description: 'Level code; null for the overall estimate.' }),
  levelLabel: z.string(),
  estimate: count.meta({ description: 'A share between 0 and 1 for proportions; the value for means, totals and counts; the rate for rates per 100,000.' }),
  se: count,
  ciLow: count,
  ciHigh: count,
  ciMethod: z.enum(['logit', 'beta', 'mean', 'wilson']).nullable().meta({ description: 'logit and beta (Korn–Graubard) as R svyciprop; mean: Wald t interval; wilson: Wilson score interval (unweighted).' }),
  df: count.meta({ description: 'Degrees of freedom of the interval (PSUs − strata holding cases); null for z-based or no interval.' }),
  n: count.meta({ description: 'Unweighted number of cases in the denominator.' }),
  weightedN: count.meta({ description: 'Sum of the weights of those cases.' }),
  deff: count.meta({ description: 'Design effect against simple random sampling (R deff = TRUE).' }),
  nationalCount: count.meta({ description: 'Overall estimate × the population figure the indicator declares (population base); null elsewhere.' }),
  nationalCountLow: count,
  nationalCountHigh: count,
  flags: z.array(EstimateFlagSchema),
  notes: z.array(z.string()),
});

export const MissingTreatmentSchema = z.enum(['exclude', 'count-as-no', 'count-as-yes']);

export const IndicatorResultSchema = z.strictObject({
  activity: z.string(),
  id: z.string(),
  title: z.string(),
  definition: z.string(),
  recordType: z.string(),
  version: z.string().meta({ description: 'Contract version the estimates were computed with.' }),
  acceptsVersions: z.string(),
  estimator: z.enum(['proportion', 'mean', 'total', 'count', 'rate-per-100000']),
  weighted: z.boolean(),
  recallPeriod: z.string(),
  missing: z.strictObject({ dontKnow: MissingTreatmentSchema, refused: MissingTreatmentSchema, missing: MissingTreatmentSchema, note: z.string() }),
  missingFrom: z.array(z.string()),
  missingApplied: z
    .strictObject({ excluded: z.int(), countedAsNo: z.int(), countedAsYes: z.int() })
    .nullable()
    .meta({ description: 'Rows of the universe the missing treatment excluded, or counted as no or as yes (unweighted, before disaggregation).' }),
  disaggregations: z.array(z.string()),
  populationBase: z.enum(['internetUsingChildren', 'childrenInAgeRange', 'children']).nullable(),
  derivedVariables: z.array(z.strictObject({ name: z.string(), version: z.string() })).meta({ description: 'Versioned derived variables (composites) the definition uses.' }),
  design: z.string().nullable().meta({ description: 'Where the survey design came from: the record type itself, or the record type reached through links.' }),
  caveat: z.string().nullable(),
  status: z.enum(['estimated', 'not-computed']),
  reason: z.string().nullable().meta({ description: 'Why the indicator was not computed.' }),
});

export const DisaggregationResultSchema = z.strictObject({
  activity: z.string(),
  id: z.string(),
  title: z.string(),
  levels: z.array(z.strictObject({ code: z.string(), label: z.string() })),
});

export const ActivityResultSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  usesSurveyDesign: z.boolean(),
  pinnedVersion: z.string().nullable().meta({ description: 'Instrument version the assessment pins (assessment.json activities); the data were collected with it.' }),
  packageVersion: z.string().meta({ description: 'Version of the installed activity package whose contracts were applied.' }),
  records: z.array(z.strictObject({
    recordType: z.string(),
    instrumentVersion: z.string(),
    file: z.string().nullable().meta({ description: 'File read, relative to the assessment folder.' }),
    rows: z.int(),
  })),
});

export const ProblemSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  activity: z.string().nullable(),
  indicator: z.string().nullable(),
  message: z.string(),
});

export const AnalysisResultsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('dh-results'),
    formatVersion: z.literal('1.0.0'),
    assessment: z.strictObject({
      country: z.string(),
      name: z.string(),
      synthetic: z.boolean(),
      ageRange: z.strictObject({ min: z.int(), max: z.int() }).nullable(),
      internetUser: z.strictObject({ recallMonths: z.int(), definition: z.string() }).nullable(),
      fieldwork: z.strictObject({ start: z.string(), end: z.string() }),
      population: z.strictObject({
        year: z.int(),
        internetUsingChildren: z.number(),
        childrenInAgeRange: z.number().nullable(),
        children: z.number().nullable(),
        source: z.string(),
      }).nullable(),
    }),
    thresholds: z.strictObject({ suppressBelow: z.int(), flagBelow: z.int(), qualitativeSuppressBelow: z.int() }),
    estimation: z.strictObject({
      confidenceLevel: z.number(),
      lonelyPsu: z.enum(['fail', 'remove', 'adjust', 'average', 'certainty']),
      variance: z.string(),
    }),
    activities: z.array(ActivityResultSchema),
    disaggregations: z.array(DisaggregationResultSchema),
    indicators: z.array(IndicatorResultSchema),
    estimates: z.array(EstimateRowSchema),
    problems: z.array(ProblemSchema),
  })
  .meta({ title: 'dh analysis results', description: 'Aggregate, disclosure-controlled estimates of one country assessment (dh analyze).' });

export type EstimateFlag = z.output<typeof EstimateFlagSchema>;
export type EstimateRow = z.output<typeof EstimateRowSchema>;
export type IndicatorResult = z.output<typeof IndicatorResultSchema>;
export type DisaggregationResult = z.output<typeof DisaggregationResultSchema>;
export type ActivityResult = z.output<typeof ActivityResultSchema>;
export type AnalysisProblem = z.output<typeof ProblemSchema>;
export type AnalysisResults = z.output<typeof AnalysisResultsSchema>;

/** The published JSON Schema of results.json (draft 2020-12). */
export function resultsJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dh.invalid/schema/results.schema.json',
    ...(z.toJSONSchema(AnalysisResultsSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
