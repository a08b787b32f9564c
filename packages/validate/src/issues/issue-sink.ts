import { createIssue, IssueCatalogue, type Issue, type IssueCode, type IssueInput, type Severity } from '@dh/core';
import type { IdentifierScanOptions } from '../values/personal-identifier-values.js';
import { maskIssue } from './mask-issue.js';

export interface IssueCount {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly count: number;
}

export interface SeverityTotals {
  error: number;
  warning: number;
  info: number;
}

export const DEFAULT_EXAMPLES_PER_CODE = 20;

/**
 * Where every issue goes. Totals are exact; only the first few issues of each code are kept
 * as examples, so a file with a million bad rows reports them all in constant memory. The
 * hot path asks `count()` first and builds the issue (message, suggestion) only when it is
 * kept, so counting costs no allocation.
 */
export class IssueSink {
  private readonly countsByKey = new Map<string, { code: IssueCode; severity: Severity; count: number }>();
  private readonly keptByCode = new Map<IssueCode, number>();
  private readonly kept: Issue[] = [];
  readonly totals: SeverityTotals = { error: 0, warning: 0, info: 0 };
  /** Totals of the file being read, keyed by file position in the run. */
  private readonly fileTotals: SeverityTotals[] = [];

  constructor(
    readonly examplesPerCode: number = DEFAULT_EXAMPLES_PER_CODE,
    /** Core's codes and the activity's own. */
    readonly catalogue: IssueCatalogue = IssueCatalogue.core,
    /** The country's identifier formats: every kept issue is masked with them. */
    readonly identifiers: IdentifierScanOptions = {},
  ) {}

  /** Counts one issue; true when the caller should build it and `keep` it as an example. */
  count(code: IssueCode, severity: Severity = this.catalogue.definition(code).severity, fileIndex = -1): boolean {
    const key = severity === this.catalogue.definition(code).severity ? code : `${code}\u0000${severity}`;
    const entry = this.countsByKey.get(key);
    if (entry) entry.count++;
    else this.countsByKey.set(key, { code, severity, count: 1 });
    this.totals[severity]++;
    if (fileIndex >= 0) (this.fileTotals[fileIndex] ??= { error: 0, warning: 0, info: 0 })[severity]++;
    const kept = this.keptByCode.get(code) ?? 0;
    return kept < this.examplesPerCode;
  }

  /** Keeps an example already counted with `count`. */
  keep(input: IssueInput): Issue {
    const issue = maskIssue(createIssue(input, this.catalogue), this.identifiers);
    this.keptByCode.set(issue.code, (this.keptByCode.get(issue.code) ?? 0) + 1);
    this.kept.push(issue);
    return issue;
  }

  /** Counts and keeps in one step, for issues that are rare by nature (header, design, file). */
  add(input: IssueInput, fileIndex = -1): void {
    if (this.count(input.code, input.severity ?? this.catalogue.definition(input.code).severity, fileIndex)) this.keep(input);
  }

  /** Keeps a ready-made issue (its message already written elsewhere, e.g. by a reader). */
  addIssue(issue: Issue, fileIndex = -1): void {
    if (!this.count(issue.code, issue.severity, fileIndex)) return;
    this.keptByCode.set(issue.code, (this.keptByCode.get(issue.code) ?? 0) + 1);
    this.kept.push(maskIssue(issue, this.identifiers));
  }

  get counts(): IssueCount[] {
    const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.countsByKey.values()]
      .map((entry) => ({ ...entry }))
      .sort((a, b) => order[a.severity] - order[b.severity] || b.count - a.count || a.code.localeCompare(b.code));
  }

  get examples(): readonly Issue[] {
    return this.kept;
  }

  totalsOfFile(fileIndex: number): SeverityTotals {
    return this.fileTotals[fileIndex] ?? { error: 0, warning: 0, info: 0 };
  }
}
