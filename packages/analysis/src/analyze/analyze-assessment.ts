import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAssessmentConfig, type ActivityDefinition, type AssessmentConfig } from '@dh/core';
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
  /** Called as each activity starts, for progress messages. */
  readonly onActivity?: (id: string) => void;
}

export type AnalyzeOutcome =
  | { readonly status: 'success'; readonly results: AnalysisResults; readonly analysisData: readonly AnalysisData[] }
  | { readonly status: 'failure'; readonly message: string };

export const RESULTS_SCHEMA_ID = 'https://dh.invalid/schema/results.schema.json';

const VARIANCE = 'Taylor linearisation, with-replacement first stage, as R survey svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE); disaggregations are domains of the full design (svyby).';

/** Reads and checks `<dir>/assessment.json`. */
export async function readAssessmentConfig(dir: string): Promise<{ config: AssessmentConfig } | { message: string }> {
  const path = join(dir, 'assessment.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { message: `${path} cannot be read: is ${dir} an assessment folder (made with dh new country)?` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { message: `${path} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = parseAssessmentConfig(json);
  if (parsed.status === 'failure') return { message: `${path} is not a valid assessment config:\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}` };
  return { config: parsed.config };
}

/**
 * Evaluates every indicator contract of every activity the assessment runs on its data in
 * `<dir>/data/<activity>/`, with the survey design, missing treatment and disclosure control
 * the contracts and the config state. Returns aggregates only.
 */
export async function analyzeAssessment(dir: string, options: AnalyzeOptions): Promise<AnalyzeOutcome> {
  const read = await readAssessmentConfig(dir);
  if ('message' in read) return { status: 'failure', message: read.message };
  const { config } = read;
  const thresholds = { suppressBelow: config.thresholds.suppressBelow, flagBelow: config.thresholds.flagBelow, qualitativeSuppressBelow: config.thresholds.qualitativeSuppressBelow };
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const analyses: ActivityAnalysis[] = [];
  const problems: AnalysisProblem[] = [];
  for (const id of Object.keys(config.activities).sort()) {
    const activity = options.activities.find((a) => a.id === id);
    if (!activity) {
      problems.push({ severity: 'warning', activity: id, indicator: null, message: `${id} runs in this assessment, but no ${id} package is installed with dh: it has no results.` });
      continue;
    }
    options.onActivity?.(id);
    analyses.push(await analyzeActivity({ activity, config, assessmentDir: dir, thresholds, confidenceLevel, keepAnalysisData: options.keepAnalysisData ?? false }));
  }
  const results: AnalysisResults = {
    $schema: RESULTS_SCHEMA_ID,
    kind: 'dh-results',
    formatVersion: '1.0.0',
    assessment: assessmentSummary(config),
    thresholds,
    estimation: { confidenceLevel, lonelyPsu: config.survey?.lonelyPsu ?? 'fail', variance: VARIANCE },
    activities: analyses.map((a) => a.activity),
    disaggregations: analyses.flatMap((a) => a.disaggregations),
    indicators: analyses.flatMap((a) => a.indicators),
    estimates: analyses.flatMap((a) => a.estimates),
    problems: [...problems, ...analyses.flatMap((a) => a.problems)],
  };
  return { status: 'success', results, analysisData: analyses.flatMap((a) => a.analysisData) };
}

function assessmentSummary(config: AssessmentConfig): AnalysisResults['assessment'] {
  const { survey, population } = config;
  return {
    country: config.country,
    name: config.name,
    synthetic: config.synthetic,
    ageRange: survey ? { min: survey.ageRange.min, max: survey.ageRange.max } : null,
    internetUser: survey ? { recallMonths: survey.internetUser.recallMonths, definition: survey.internetUser.definition } : null,
    fieldwork: { start: config.fieldwork.start, end: config.fieldwork.end },
    population: population
      ? { year: population.year, internetUsingChildren: population.internetUsingChildren, childrenInAgeRange: population.childrenInAgeRange ?? null, children: population.children ?? null, source: population.source }
      : null,
  };
}
