/**
 * @dh/validate: streaming validation of partner data against an activity's schemas and
 * rules, and the reports made from it. This file is the whole public API.
 */
export { validateActivity, type ValidateActivityOptions } from './engine/validate-activity.js';
export { validateDataset, type ValidateDatasetOptions, type ValidationProgress } from './engine/validate-dataset.js';
export type { RowCheckJob, RowThreads } from './engine/row-threads.js';
export { exitCodeOf, EXIT_CODES, type ValidationExitCode, type ValidationResult } from './engine/validation-result.js';
export type { FileStatus, FileSummary } from './engine/open-files.js';
export type { IssueCount, SeverityTotals } from './issues/issue-sink.js';
export type { SkippedCheck } from './dataset/dataset-rule-tables.js';
export { DATA_FILE_EXTENSIONS } from './files/list-data-files.js';
export { TEXT_TABLE_EXTENSIONS } from './readers/choose-format.js';
export { openTable } from './readers/index.js';
export type { RowBatch, TableFormat, TableSource, ReadProblem } from './readers/index.js';
export {
  buildReport,
  issueLocation,
  REPORT_SCHEMA_ID,
  REPORT_VERSION,
  type ReportContext,
  type ReportStatus,
  type ReportIssue,
  type ReportCodeSummary,
  type ValidationReport,
} from './report/validation-report.js';
export { formatReport, isReportFormat, REPORT_FORMATS, type ReportFormat } from './report/format-report.js';
export { formatText, type TextFormatOptions } from './report/format-text.js';
export { formatCsv, CSV_REPORT_COLUMNS } from './report/format-csv.js';
export { formatHtml, HTML_REPORT_SCRIPT } from './report/format-html.js';
export { formatJson } from './report/format-json.js';
export { COLOUR_STYLE, PLAIN_STYLE, wantsColour, type TerminalStyle } from './report/terminal-style.js';
export { writeReportFile } from './report/write-report-file.js';
export { activityRefusalIssue } from './engine/activity-refusal.js';
export {
  identifierInText,
  identifierScanOptions,
  maskIdentifiers,
  type IdentifierScanOptions,
} from './values/personal-identifier-values.js';
export type { CollectedTable } from './dataset/column-collector.js';
export { listDataFiles, type DataFileList } from './files/list-data-files.js';
export { recogniseActivity, type ActivityCandidate, type ActivityRecognition } from './engine/recognise-activity.js';
