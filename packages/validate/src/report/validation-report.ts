import type { Issue, IssueCatalogue, IssueCategory, IssueCode, Severity } from '@dh/core';
import type { SkippedCheck } from '../dataset/dataset-rule-tables.js';
import type { FileSummary } from '../engine/open-files.js';
import { exitCodeOf, type ValidationExitCode, type ValidationResult } from '../engine/validation-result.js';

/**
 * The version of the report's shape (packages/validate/schema/validation-report.schema.json).
 * Minor: fields added; major: fields removed or changed. Consumers check the major.
 */
export const REPORT_VERSION = '1.2.0';
export const REPORT_SCHEMA_ID = 'https://dh.invalid/schema/validation-report.schema.json';

export type ReportStatus = 'passed' | 'failed' | 'unreadable';

export interface ReportCodeSummary {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly category: IssueCategory;
  readonly title: string;
  readonly description: string;
  readonly count: number;
  readonly hint: string;
}

export interface ReportIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly file?: string;
  readonly record?: string;
  readonly row?: number;
  /** What `row` counts in this file: `row` (spreadsheet row, header = 1), `line`, or `record`. */
  readonly rowUnit?: string;
  readonly field?: string;
  readonly value?: string;
  readonly message: string;
  /** How to fix it: the issue's own hint where it has one, else the catalogue's. */
  readonly hint: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The validation report every output format is made from; its JSON is the `--format json` output. */
export interface ValidationReport {
  readonly $schema: string;
  readonly reportVersion: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly activity: { readonly id?: string; readonly version?: string };
  /** The assessment.json the data were checked against, or null when none was found (published defaults). */
  readonly config: string | null;
  readonly generatedAt: string;
  readonly status: ReportStatus;
  readonly exitCode: ValidationExitCode;
  readonly strict: boolean;
  readonly totals: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly rows: number;
    readonly files: number;
  };
  readonly files: readonly FileSummary[];
  readonly summary: readonly ReportCodeSummary[];
  readonly examplesPerCode: number;
  readonly issues: readonly ReportIssue[];
  readonly skippedChecks: readonly SkippedCheck[];
}

export interface ReportContext {
  readonly toolVersion: string;
  readonly activityId?: string;
  readonly activityVersion?: string;
  /** The assessment.json used, as the user would name it; undefined when none was found. */
  readonly config?: string;
  readonly strict?: boolean;
  /** Fixed in tests; the current time otherwise. */
  readonly generatedAt?: Date;
}

export function buildReport(result: ValidationResult, context: ReportContext): ValidationReport {
  const strict = context.strict ?? false;
  const exitCode = exitCodeOf(result, { strict });
  const rowUnits = new Map(result.files.map((f) => [f.file, f.rowUnit]));
  return {
    $schema: REPORT_SCHEMA_ID,
    reportVersion: REPORT_VERSION,
    tool: { name: 'dh validate', version: context.toolVersion },
    activity: {
      ...(context.activityId !== undefined && { id: context.activityId }),
      ...(context.activityVersion !== undefined && { version: context.activityVersion }),
    },
    config: context.config ?? null,
    generatedAt: (context.generatedAt ?? new Date()).toISOString(),
    status: exitCode === 2 ? 'unreadable' : exitCode === 1 ? 'failed' : 'passed',
    exitCode,
    strict,
    totals: {
      errors: result.totals.error,
      warnings: result.totals.warning,
      infos: result.totals.info,
      rows: result.totals.rows,
      files: result.files.length,
    },
    files: result.files.map((f) => ({ ...f })),
    summary: result.counts.map((c) => {
      const d = result.catalogue.definition(c.code);
      return {
        code: c.code,
        severity: c.severity,
        category: d.category,
        title: d.title,
        description: d.description,
        count: c.count,
        hint: d.hint,
      };
    }),
    examplesPerCode: result.examplesPerCode,
    issues: result.issues.map((issue) =>
      reportIssue(issue, issue.file === undefined ? undefined : rowUnits.get(issue.file), result.catalogue),
    ),
    skippedChecks: result.skippedChecks,
  };
}

function reportIssue(issue: Issue, rowUnit: string | undefined, catalogue: IssueCatalogue): ReportIssue {
  const { hint, ...params } = issue.params;
  return {
    code: issue.code,
    severity: issue.severity,
    ...(issue.file !== undefined && { file: issue.file }),
    ...(issue.record !== undefined && { record: issue.record }),
    ...(issue.row !== undefined && { row: issue.row, rowUnit: rowUnit ?? 'row' }),
    ...(issue.field !== undefined && { field: issue.field }),
    ...(issue.value !== undefined && { value: issue.value }),
    message: issue.message,
    hint: typeof hint === 'string' ? hint : catalogue.definition(issue.code).hint,
    params,
  };
}

/** "child.csv, row 14, column age": where an issue is, in the words of the file's own layout. */
export function issueLocation(issue: ReportIssue): string {
  const parts = [
    issue.file,
    issue.row !== undefined ? `${issue.rowUnit ?? 'row'} ${issue.row}` : undefined,
    issue.field !== undefined ? `column ${issue.field}` : undefined,
  ];
  return parts.filter((p) => p !== undefined).join(', ');
}
