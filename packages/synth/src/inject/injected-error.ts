import type { IssueCode } from '@dh/core';

/** One injected mistake, where a validator should find it (`errors-manifest.json`). */
export interface InjectedError {
  /** The issue code of the core catalogue this mistake raises. */
  readonly code: IssueCode;
  readonly file: string;
  readonly record: string;
  /** 1-based row in the file, the header being row 1 (header mistakes are on row 1). */
  readonly row: number;
  readonly field: string;
  readonly value: string;
  readonly original: string;
  /** Issues the same mistake also raises: answering a question without consent also answers it although not asked. */
  readonly alsoRaises: readonly IssueCode[];
  readonly description: string;
}

export interface ErrorsManifest {
  readonly activity?: { readonly id: string; readonly version: string };
  readonly seed: number;
  readonly perKind: number;
  /** Injected mistakes by code. */
  readonly counts: Readonly<Record<string, number>>;
  /** Every issue a validator should report, by code: each mistake's own plus those it also raises. */
  readonly expectedIssues: Readonly<Record<string, number>>;
  readonly errors: readonly InjectedError[];
  readonly note: string;
}
