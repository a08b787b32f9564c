/**
 * @dh/validate: streaming validation of partner data against an activity's schemas and
 * rules, and the reports made from it. This file is the whole public API.
 */
export { validateDataset, type ValidateDatasetOptions, type ValidationProgress } from './engine/validate-dataset.js';
export { exitCodeOf, EXIT_CODES, type ValidationExitCode, type ValidationResult } from './engine/validation-result.js';
export type { FileStatus, FileSummary } from './engine/open-files.js';
export type { IssueCount, SeverityTotals } from './issues/issue-sink.js';
export type { SkippedCheck } from './dataset/dataset-rule-tables.js';
export { DATA_FILE_EXTENSIONS } from './files/list-data-files.js';
export { openTable } from './readers/index.js';
export type { RowBatch, TableFormat, TableSource, ReadProblem } from './readers/index.js';
