/**
 * @dh/analysis: indicator contracts evaluated on an assessment's data, design-based
 * estimation, disclosure control, results and cross-country comparison. This file is the
 * whole public API; everything else is internal.
 */
export * from './estimation/index.js';

export {
  analyzeAssessment,
  readAssessmentConfig,
  RESULTS_SCHEMA_ID,
  type AnalyzeOptions,
  type AnalyzeOutcome,
} from './analyze/analyze-assessment.js';
export { analyzeActivity, type ActivityAnalysis, type ActivityAnalysisOptions } from './analyze/analyze-activity.js';
export { discloseEstimate, DEFAULT_THRESHOLDS, type Thresholds, type DisclosureDecision } from './disclosure/disclosure-control.js';
export type { AnalysisData, AnalysisDomain } from './export/analysis-data.js';

export {
  AnalysisResultsSchema,
  EstimateRowSchema,
  resultsJsonSchema,
  type ActivityResult,
  type AnalysisProblem,
  type AnalysisResults,
  type DisaggregationResult,
  type EstimateFlag,
  type EstimateRow,
  type IndicatorResult,
} from './results/results-schema.js';
export {
  writeResults,
  renderResults,
  resultsJson,
  analysisDataFiles,
  RESULTS_FILES,
  RESULTS_FORMATS,
  TABLES_CSV_FILE,
  type ResultsFormat,
} from './results/write-results.js';
export { tablesCsv } from './format/tables-csv.js';
export { analysisArtefacts } from './results/analysis-artefacts.js';

export { compareResults, type CompareOptions } from './compare/compare-results.js';
export { harmoniseWithReference, type Harmonisation, type HarmonisedResults, type NotHarmonised } from './compare/harmonise.js';
export type { ItemDefinitions, VersionChanges } from './compare/comparability.js';
export { loadOrAnalyze, type LoadedResults } from './compare/load-results.js';
export { writeComparison, renderComparison, COMPARISON_FILES } from './compare/write-comparison.js';
export {
  ComparisonSchema,
  comparisonJsonSchema,
  COMPARISON_SCHEMA_ID,
  type Comparison,
  type ComparisonCell,
  type ComparisonRow,
} from './compare/comparison-schema.js';
