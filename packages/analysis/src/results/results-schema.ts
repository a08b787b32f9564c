import { z } from 'zod';

/**
 * The published shape of `results.json` (packages/analysis/schema/results.schema.json is
 * generated from this and pinned by a drift test). Numbers are null wherever they do not
 * exist or are withheld: a suppressed cell carries its flag and no number at all.
 */

const count = z.number().nullable();

export const EstimateFlagSchema = z.enum(['suppressed', 'low-reliability', 'not-representative', 'not-estimable']).meta({
  description:
    'suppressed: too few unweighted cases, no number shown; low-reliability: shown but flagged (DHS: in parentheses); not-representative: unweighted share of a purposive sample; not-estimable: no estimate could be made (see notes).',
});

export const EstimateRowSchema = z.strictObject({
  activity: z.string(),
  indicator: z.string(),
  disaggregation: z.string().nullable().meta({ description: 'Disaggregation id; null for the overall estimate.' }),
  level: z.string().nullable().meta({ description: 'Level code; null for the overall estimate.' }),
  levelLabel: z.string(),
  estimate: count.meta({
    description: 'A share between 0 and 1 for proportions; the value for means, totals and counts; the rate for rates per 100,000.',
  }),
  se: count,
  ciLow: count,
  ciHigh: count,
  ciMethod: z.enum(['logit', 'beta', 'mean', 'wilson']).nullable().meta({
    description: 'logit and beta (Korn–Graubard) as R svyciprop; mean: Wald t interval; wilson: Wilson score interval (unweighted).',
  }),
  df: count.meta({ description: 'Degrees of freedom of the interval (PSUs − strata holding cases); null for z-based or no interval.' }),
  n: count.meta({ description: 'Unweighted number of cases in the denominator.' }),
  weightedN: count.meta({ description: 'Sum of the weights of those cases.' }),
  deff: count.meta({ description: 'Design effect against simple random sampling (R deff = TRUE).' }),
  nationalCount: count.meta({
    description: 'Overall estimate × the population figure the indicator declares (population base); null elsewhere.',
  }),
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
  missing: z.strictObject({
    dontKnow: MissingTreatmentSchema,
    refused: MissingTreatmentSchema,
    missing: MissingTreatmentSchema,
    note: z.string(),
  }),
  missingFrom: z.array(z.string()),
  missingApplied: z.strictObject({ excluded: z.int(), countedAsNo: z.int(), countedAsYes: z.int() }).nullable().meta({
    description: 'Rows of the universe the missing treatment excluded, or counted as no or as yes (unweighted, before disaggregation).',
  }),
  disaggregations: z.array(z.string()),
  populationBase: z.enum(['internetUsingChildren', 'childrenInAgeRange', 'children']).nullable(),
  derivedVariables: z
    .array(z.strictObject({ name: z.string(), version: z.string() }))
    .meta({ description: 'Versioned derived variables (composites) the definition uses.' }),
  design: z
    .string()
    .nullable()
    .meta({ description: 'Where the survey design came from: the record type itself, or the record type reached through links.' }),
  caveat: z.string().nullable(),
  status: z.enum(['estimated', 'not-computed']),
  reason: z.string().nullable().meta({ description: 'Why the indicator was not computed.' }),
});

/** A category of a table axis: a row or a column. */
export const TableAxisEntrySchema = z.strictObject({
  code: z.string(),
  label: z.string(),
  kind: z.enum(['category', 'total', 'count', 'rate', 'change', 'ratio', 'status', 'detail']).meta({
    description:
      'category: a level of the axis; total: the sum over the categories; count, rate (per 100,000 children), change (on the previous period, %) and ratio: rows of a time series; status and detail: columns of a status table.',
  }),
});

export const TableCellSchema = z.strictObject({
  row: z.string(),
  column: z.string(),
  value: z
    .number()
    .nullable()
    .meta({ description: 'The number; null where there is none, where it is withheld, or where the cell holds text.' }),
  text: z.string().nullable().meta({ description: 'The text of a status or detail cell (status label, citation).' }),
  code: z
    .string()
    .nullable()
    .meta({ description: 'The code behind a status cell, for machines (the colour of a matrix is never the only sign of it).' }),
  flags: z.array(EstimateFlagSchema),
  notes: z.array(z.string()),
});

/** A table of an output kind other than estimates: count table, status table, time series. */
export const TableResultSchema = z.strictObject({
  activity: z.string(),
  id: z.string(),
  outputKind: z.enum(['count-table', 'status-table', 'time-series']),
  title: z.string(),
  definition: z.string(),
  recordType: z.string(),
  version: z.string().meta({ description: 'Contract version the table was computed with.' }),
  acceptsVersions: z.string(),
  caveat: z.string().nullable(),
  unit: z.string().nullable().meta({ description: 'What one counted thing is (interviews, cases, reports).' }),
  rowsTitle: z.string(),
  columnsTitle: z.string(),
  rows: z.array(TableAxisEntrySchema),
  columns: z.array(TableAxisEntrySchema),
  cells: z.array(TableCellSchema),
  sources: z.array(z.string()).meta({ description: 'The sources the values come from (time series).' }),
  status: z.enum(['computed', 'not-computed']),
  reason: z.string().nullable(),
});

/** An excerpt of a coded segment, published only at the research lead's request (`dh analyze --excerpts`). */
export const ExcerptResultSchema = z.strictObject({
  activity: z.string(),
  theme: z.string().meta({ description: 'The theme code the excerpt was coded with.' }),
  themeLabel: z.string(),
  text: z
    .string()
    .meta({ description: 'The excerpt, in which the identifier scan found nothing; no interview or respondent is named with it.' }),
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
  parameters: z.array(z.strictObject({ id: z.string(), title: z.string(), value: z.string() })).meta({
    description:
      'The values of the comparability keys the activity declares (age range, internet-user definition…): countries must share them to be compared.',
  }),
  disclosure: z
    .strictObject({ case: z.enum(['respondent', 'interview', 'reported-count', 'document']), description: z.string() })
    .meta({ description: 'What a published number counts, and so how small cells are withheld.' }),
  validation: z
    .strictObject({ errors: z.int(), warnings: z.int(), rows: z.int(), analysedDespiteErrors: z.boolean() })
    .nullable()
    .meta({ description: 'What dh validate found in the data analysed (the same reading of the files); null when there were no data.' }),
  pinnedVersion: z
    .string()
    .nullable()
    .meta({ description: 'Instrument version the assessment pins (assessment.json activities); the data were collected with it.' }),
  packageVersion: z.string().meta({ description: 'Version of the installed activity package whose contracts were applied.' }),
  records: z.array(
    z.strictObject({
      recordType: z.string(),
      instrumentVersion: z.string(),
      file: z.string().nullable().meta({ description: 'File read, relative to the assessment folder.' }),
      rows: z.int(),
    }),
  ),
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
    formatVersion: z.literal('2.0.0'),
    assessment: z.strictObject({
      country: z.string(),
      name: z.string(),
      synthetic: z.boolean(),
      config: z.string().meta({ description: 'The assessment.json the results were computed with, relative to the assessment folder.' }),
      fieldwork: z
        .strictObject({ start: z.string(), end: z.string() })
        .nullable()
        .meta({ description: 'Null where assessment.json records no fieldwork dates.' }),
      population: z
        .strictObject({
          year: z.int(),
          internetUsingChildren: z.number().nullable(),
          childrenInAgeRange: z.number().nullable(),
          children: z.number().nullable(),
          childrenByYear: z.array(z.strictObject({ year: z.int(), children: z.number() })),
          source: z.string(),
        })
        .nullable(),
    }),
    thresholds: z.strictObject({
      suppressBelow: z.int(),
      flagBelow: z.int(),
      qualitativeSuppressBelow: z.int(),
      override: z.string().nullable(),
    }),
    estimation: z.strictObject({
      confidenceLevel: z.number(),
      variance: z.string(),
    }),
    activities: z.array(ActivityResultSchema),
    disaggregations: z.array(DisaggregationResultSchema),
    indicators: z.array(IndicatorResultSchema),
    estimates: z.array(EstimateRowSchema),
    tables: z.array(TableResultSchema),
    excerpts: z
      .array(ExcerptResultSchema)
      .optional()
      .meta({ description: 'Present only when the research lead asked for excerpts (dh analyze --excerpts).' }),
    problems: z.array(ProblemSchema),
  })
  .meta({
    title: 'dh analysis results',
    description: 'Aggregate, disclosure-controlled estimates of one country assessment (dh analyze).',
  });

export type EstimateFlag = z.output<typeof EstimateFlagSchema>;
export type EstimateRow = z.output<typeof EstimateRowSchema>;
export type IndicatorResult = z.output<typeof IndicatorResultSchema>;
export type DisaggregationResult = z.output<typeof DisaggregationResultSchema>;
export type ActivityResult = z.output<typeof ActivityResultSchema>;
export type AnalysisProblem = z.output<typeof ProblemSchema>;
export type TableResult = z.output<typeof TableResultSchema>;
export type ExcerptResult = z.output<typeof ExcerptResultSchema>;
export type TableCell = z.output<typeof TableCellSchema>;
export type TableAxisEntry = z.output<typeof TableAxisEntrySchema>;
export type AnalysisResults = z.output<typeof AnalysisResultsSchema>;

/** The published JSON Schema of results.json (draft 2020-12). */
export function resultsJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dh.invalid/schema/results.schema.json',
    ...(z.toJSONSchema(AnalysisResultsSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
