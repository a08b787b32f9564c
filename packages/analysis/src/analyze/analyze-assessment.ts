import { relative } from 'node:path';
import {
  pinConflict,
  readAssessmentConfig as readConfigFile,
  describeConfigProblems,
  type ActivityDefinition,
  type AssessmentConfig,
} from '@dh/core';
import type { RowThreads } from '@dh/validate';
import type { AnalysisData } from '../export/analysis-data.js';
import type { AnalysisProblem, AnalysisResults } from '../results/results-schema.js';
import { analyzeActivity, type ActivityAnalysis } from './analyze-activity.js';

export interface AnalyzeOptions {
  /** The installed activity packages; those the assessment runs are analysed. */
  readonly activities: readonly ActivityDefinition[];
  /** Keep each indicator's tidy analysis rows (for `--export-analysis-data`). */
  readonly keepAnalysisData?: boolean;
  /** Confidence level of every interval, default 0.95. */
  readonly confidenceLevel?: number;
  /** Analyse data with validation errors; the results say so. */
  readonly allowErrors?: boolean;
  /** Publish excerpts of coded segments that pass the identifier scan; none otherwise. */
  readonly excerpts?: boolean;
  /** Called as each activity starts, for progress messages. */
  readonly onActivity?: (id: string) => void;
  /** Threads sharing the row checks of large files as the data are read (`rowThreadPool` of `@dh/validate/threads`); the results are the same. */
  readonly rowThreads?: RowThreads;
}

export type AnalyzeOutcome =
  | { readonly status: 'success'; readonly results: AnalysisResults; readonly analysisData: readonly AnalysisData[] }
  | { readonly status: 'failure'; readonly message: string };

export const RESULTS_SCHEMA_ID = 'https://dh.invalid/schema/results.schema.json';

const VARIANCE =
  'Taylor linearisation, with-replacement first stage, as R survey svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE); disaggregations are domains of the full design (svyby).';

/** Reads and checks `<dir>/assessment.json` with every installed activity's settings; every problem at once. */
export function readAssessmentConfig(
  dir: string,
  activities: readonly ActivityDefinition[],
): { config: AssessmentConfig; file: string } | { message: string } {
  const read = readConfigFile(dir, activities);
  if (read.status === 'failure')
    return { message: `${read.file} is not a valid assessment config:\n${describeConfigProblems(read.file, read.errors)}` };
  return { config: read.config, file: read.file };
}

/**
 * Evaluates every analysis contract of every activity the assessment runs on its data in
 * `<dir>/data/<activity>/`, with the survey design, missing treatment and disclosure control
 * the contracts, the activity and the config state. Returns aggregates only.
 */
export async function analyzeAssessment(dir: string, options: AnalyzeOptions): Promise<AnalyzeOutcome> {
  const read = readAssessmentConfig(dir, options.activities);
  if ('message' in read) return { status: 'failure', message: read.message };
  const { config } = read;
  const conflicts = options.activities.map((a) => pinConflict(a, config.activities[a.id]?.version)).filter((c) => c !== undefined);
  if (conflicts.length > 0) return { status: 'failure', message: conflicts.map((c) => c.charAt(0).toUpperCase() + c.slice(1)).join('\n') };
  const thresholds = reportingThresholds(config);
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const analyses: ActivityAnalysis[] = [];
  const problems: AnalysisProblem[] = [];
  if (config.thresholds.override !== undefined)
    problems.push({
      severity: 'warning',
      activity: null,
      indicator: null,
      message: `Reporting thresholds below the usual floors, by override: "${config.thresholds.override}".`,
    });
  for (const id of Object.keys(config.activities).sort()) {
    const activity = options.activities.find((a) => a.id === id);
    if (!activity) {
      problems.push({
        severity: 'warning',
        activity: id,
        indicator: null,
        message: `${id} runs in this assessment, but no ${id} package is installed with dh: it has no results.`,
      });
      continue;
    }
    options.onActivity?.(id);
    analyses.push(
      await analyzeActivity({
        activity,
        config,
        assessmentDir: dir,
        thresholds,
        confidenceLevel,
        keepAnalysisData: options.keepAnalysisData ?? false,
        allowErrors: options.allowErrors ?? false,
        excerpts: options.excerpts === true,
        ...(options.rowThreads && { rowThreads: options.rowThreads }),
      }),
    );
  }
  const results: AnalysisResults = {
    $schema: RESULTS_SCHEMA_ID,
    kind: 'dh-results',
    formatVersion: '2.0.0',
    assessment: assessmentSummary(config, relative(dir, read.file) || 'assessment.json'),
    thresholds: { ...thresholds, override: config.thresholds.override ?? null },
    estimation: { confidenceLevel, variance: VARIANCE },
    activities: analyses.map((a) => a.activity),
    disaggregations: analyses.flatMap((a) => a.disaggregations),
    indicators: analyses.flatMap((a) => a.indicators),
    estimates: analyses.flatMap((a) => a.estimates),
    tables: analyses.flatMap((a) => a.tables),
    ...(options.excerpts === true && { excerpts: analyses.flatMap((a) => a.excerpts ?? []) }),
    problems: [...problems, ...analyses.flatMap((a) => a.problems)],
  };
  return { status: 'success', results, analysisData: analyses.flatMap((a) => a.analysisData) };
}

function assessmentSummary(config: AssessmentConfig, file: string): AnalysisResults['assessment'] {
  const { population } = config;
  return {
    country: config.country,
    name: config.name,
    synthetic: config.synthetic,
    config: file,
    fieldwork: config.fieldwork ? { start: config.fieldwork.start, end: config.fieldwork.end } : null,
    population: population
      ? {
          year: population.year,
          internetUsingChildren: population.internetUsingChildren ?? null,
          childrenInAgeRange: population.childrenInAgeRange ?? null,
          children: population.children ?? null,
          childrenByYear: (population.childrenByYear ?? []).map((p) => ({ year: p.year, children: p.children })),
          source: population.source,
        }
      : null,
  };
}

/** The reporting thresholds analysis applies, from an assessment's config. */
export function reportingThresholds(config: AssessmentConfig): {
  suppressBelow: number;
  flagBelow: number;
  qualitativeSuppressBelow: number;
} {
  const { suppressBelow, flagBelow, qualitativeSuppressBelow } = config.thresholds;
  return { suppressBelow, flagBelow, qualitativeSuppressBelow };
}
