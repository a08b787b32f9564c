import type { Issue, IssueCatalogue } from '@dh/core';
import type { CollectedTable } from '../dataset/column-collector.js';
import type { SkippedCheck } from '../dataset/dataset-rule-tables.js';
import type { IssueCount, SeverityTotals } from '../issues/issue-sink.js';
import type { FileSummary } from './open-files.js';

/** The outcome of validating a dataset: exact counts, a few examples per code, and what each file was. */
export interface ValidationResult {
  readonly files: readonly FileSummary[];
  /** Every issue code found, with its exact count (by severity). */
  readonly counts: readonly IssueCount[];
  /** The first issues of each code, at most `examplesPerCode` each, in the order found. */
  readonly issues: readonly Issue[];
  readonly totals: SeverityTotals & { readonly rows: number };
  readonly examplesPerCode: number;
  /** Checks that could not run, and why (a link whose target file was not given). */
  readonly skippedChecks: readonly SkippedCheck[];
  /** The codes this run could yield (core's and the activity's), for reports. */
  readonly catalogue: IssueCatalogue;
  /** The columns asked for with `collect`, by record type, as read (the one data path analysis uses). */
  readonly collected: ReadonlyMap<string, CollectedTable>;
}

export const EXIT_CODES = { ok: 0, dataErrors: 1, unreadable: 2 } as const;
export type ValidationExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * 2 when some input could not be read at all, 1 when the data has errors (or warnings with
 * `strict`), 0 otherwise (docs/architecture.md § CLI).
 */
export function exitCodeOf(result: ValidationResult, options: { readonly strict?: boolean } = {}): ValidationExitCode {
  if (result.counts.some((c) => c.code === 'file-unreadable' && c.severity === 'error')) return EXIT_CODES.unreadable;
  if (result.totals.error > 0) return EXIT_CODES.dataErrors;
  if (options.strict === true && result.totals.warning > 0) return EXIT_CODES.dataErrors;
  return EXIT_CODES.ok;
}
