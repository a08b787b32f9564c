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
 * Where in a run an issue was raised, in the order a single thread raises them: the stage (each
 * file checked, and each step across files, is one), the data row's ordinal in its file (-1
 * before the first row, Infinity after the last), and the step within the row (-1 reading
 * problems of its batch, 0 the row's own checks, 1 the checks that follow rows across the file).
 */
export type IssuePosition = readonly [stage: number, ordinal: number, step: number];

/** What a sink holds, as one thread hands it to another: exact counts and its examples with their positions. */
export interface IssueSinkPart {
  readonly counts: readonly { readonly key: string; readonly code: IssueCode; readonly severity: Severity; readonly count: number }[];
  readonly fileTotals: readonly (SeverityTotals | undefined)[];
  readonly examples: readonly { readonly issue: Issue; readonly at: IssuePosition }[];
}

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
  /** Where each kept example was raised (see `at`), in `kept` order. */
  private readonly keptAt: IssuePosition[] = [];
  /** Examples other threads kept, merged into `kept` in position order when the examples are read. */
  private absorbed: { issue: Issue; at: IssuePosition }[] | undefined;
  private stage = 0;
  private ordinal = -1;
  private step = 0;

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

  /**
   * Says where the issues that follow are raised. A run on one thread raises them in position
   * order; when rows are checked on several (`absorb`), the positions put the examples back
   * in that order. Three numbers are set, nothing is built: it is called on every row.
   */
  at(stage: number, ordinal: number, step: number): void {
    this.stage = stage;
    this.ordinal = ordinal;
    this.step = step;
  }

  /** Keeps an example already counted with `count`. */
  keep(input: IssueInput): Issue {
    const issue = maskIssue(createIssue(input, this.catalogue), this.identifiers);
    this.keepExample(issue);
    return issue;
  }

  /** Counts and keeps in one step, for issues that are rare by nature (header, design, file). */
  add(input: IssueInput, fileIndex = -1): void {
    if (this.count(input.code, input.severity ?? this.catalogue.definition(input.code).severity, fileIndex)) this.keep(input);
  }

  /** Keeps a ready-made issue (its message already written elsewhere, e.g. by a reader). */
  addIssue(issue: Issue, fileIndex = -1): void {
    if (!this.count(issue.code, issue.severity, fileIndex)) return;
    this.keepExample(maskIssue(issue, this.identifiers));
  }

  private keepExample(issue: Issue, at: IssuePosition = [this.stage, this.ordinal, this.step]): void {
    this.keptByCode.set(issue.code, (this.keptByCode.get(issue.code) ?? 0) + 1);
    this.kept.push(issue);
    this.keptAt.push(at);
  }

  /** The examples kept here, each with where it was raised. */
  private positioned(): { issue: Issue; at: IssuePosition }[] {
    return this.kept.map((issue, index) => ({ issue, at: this.keptAt[index] ?? [0, -1, 0] }));
  }

  /**
   * An empty sink that counts, keeps and masks as this one does, for issues raised at positions
   * this one does not reach in order (a dataset rule run before the last file is read): `at` places
   * them, and this sink `absorb`s its `part` to put them where a run in order would have them.
   */
  fork(): IssueSink {
    return new IssueSink(this.examplesPerCode, this.catalogue, this.identifiers);
  }

  /** This sink's counts and examples, for the thread that merges them (`absorb`). */
  part(): IssueSinkPart {
    return {
      counts: [...this.countsByKey].map(([key, entry]) => ({ key, ...entry })),
      fileTotals: this.fileTotals,
      examples: this.positioned(),
    };
  }

  /**
   * Adds what another thread found on rows this one did not check: counts add up, and the
   * examples are those a single thread would have kept (the first of each code by position),
   * in the order it would have kept them.
   */
  absorb(part: IssueSinkPart): void {
    for (const { key, code, severity, count } of part.counts) {
      const entry = this.countsByKey.get(key);
      if (entry) entry.count += count;
      else this.countsByKey.set(key, { code, severity, count });
      this.totals[severity] += count;
    }
    part.fileTotals.forEach((totals, index) => {
      if (totals === undefined) return;
      const mine = (this.fileTotals[index] ??= { error: 0, warning: 0, info: 0 });
      mine.error += totals.error;
      mine.warning += totals.warning;
      mine.info += totals.info;
    });
    (this.absorbed ??= []).push(...part.examples);
  }

  get counts(): IssueCount[] {
    const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.countsByKey.values()]
      .map((entry) => ({ ...entry }))
      .sort((a, b) => order[a.severity] - order[b.severity] || b.count - a.count || a.code.localeCompare(b.code));
  }

  get examples(): readonly Issue[] {
    if (this.absorbed !== undefined) this.mergeAbsorbed(this.absorbed);
    return this.kept;
  }

  private mergeAbsorbed(absorbed: readonly { issue: Issue; at: IssuePosition }[]): void {
    this.absorbed = undefined;
    const all = [...this.positioned(), ...absorbed];
    // Stable: two threads never raise issues at one position, so ties keep each thread's own order.
    all.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.at[2] - b.at[2]);
    this.kept.length = 0;
    this.keptAt.length = 0;
    this.keptByCode.clear();
    for (const { issue, at } of all) if ((this.keptByCode.get(issue.code) ?? 0) < this.examplesPerCode) this.keepExample(issue, at);
  }

  totalsOfFile(fileIndex: number): SeverityTotals {
    return this.fileTotals[fileIndex] ?? { error: 0, warning: 0, info: 0 };
  }
}
