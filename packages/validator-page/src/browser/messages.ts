import type { AssessmentConfig } from '@dh/core';

/** What the page builds in: the assessment a partner's data belong to, as `dh validator-page` read it. */
export interface PageSettings {
  readonly toolVersion: string;
  /** The assessment's config, parsed and checked when the page was made. */
  readonly config: AssessmentConfig;
  /** How reports name the config: "assessment.json of <country>, built into this page". */
  readonly configLabel: string;
  /** The activities the page checks, with the version each is pinned to. */
  readonly activities: readonly { readonly id: string; readonly version: string; readonly title: string }[];
  /** Issues listed per code; the counts are always exact. */
  readonly examplesPerCode: number;
}

/** Page to worker: check these files. `activity` undefined: tell it from the files, as dh validate does. */
export interface ValidateRequest {
  readonly type: 'validate';
  readonly settings: PageSettings;
  readonly files: readonly File[];
  readonly activity?: string;
  readonly strict: boolean;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly file: string; readonly rows: number; readonly fileNumber: number; readonly fileCount: number }
  | {
      readonly type: 'done';
      readonly activity: string;
      readonly exitCode: number;
      readonly errors: number;
      readonly warnings: number;
      readonly rows: number;
      readonly reports: { readonly html: string; readonly csv: string; readonly json: string };
    }
  /** Nothing could be checked (as dh validate's exit code 2 with one message). */
  | { readonly type: 'refused'; readonly message: string };
