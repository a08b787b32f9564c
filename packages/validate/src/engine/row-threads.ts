import type { BuiltActivity, IssueDefinition } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSinkPart } from '../issues/issue-sink.js';
import type { RowShare, RowSharing } from '../rows/record-checker.js';

/**
 * Everything another thread needs to check its share of one file's rows, as plain data (it is
 * copied to the thread): the file, how its columns map, the record type's consent gates and
 * rules, the codes issues may carry, and what counts as a personal identifier.
 */
export interface RowCheckJob {
  readonly file: string;
  readonly fileIndex: number;
  /** The file's stage in the run (`IssueSink.at`). */
  readonly stage: number;
  readonly map: ColumnMap;
  readonly activity: Pick<BuiltActivity, 'consent' | 'recordRules'>;
  /** The activity's own issue codes (core's are known everywhere). */
  readonly issues: readonly IssueDefinition[];
  readonly personalData?: { readonly idPatterns: readonly string[]; readonly titles: readonly string[] };
  readonly examplesPerCode: number;
  readonly maxBytes?: number;
  readonly sheet?: string;
  /** This thread's part in the sharing of the file's rows (its number is 2 or more: 1 reads the file for the report). */
  readonly share: RowShare;
}

/**
 * Threads that check rows beside the one reading a file (`@dh/validate/threads` makes them
 * with Node's worker threads; the browser page has none). `validateDataset` keeps everything
 * across rows (ids, links, dataset rules) and the row checks of the blocks of rows it claims;
 * the other threads check the blocks they claim, and what they find is merged into the same
 * report, in the same order, as one thread would have made it.
 */
export interface RowThreads {
  /** How a file of this size and format is shared, and among how many threads (this one included); undefined: it is read here alone. */
  sharingFor(file: string, format: string): (RowSharing & { readonly threads: number }) | undefined;
  /** Checks the blocks of a file's rows a thread claims; rejects if the thread fails. */
  check(job: RowCheckJob): Promise<IssueSinkPart>;
  /**
   * Every file is read and every part sent back: the threads may end (a later `check` starts
   * them again). Called before the checks across rows, which hold the run's peak of memory.
   */
  release?(): Promise<void>;
}
