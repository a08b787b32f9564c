import type { BuiltActivity, IssueDefinition } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSinkPart } from '../issues/issue-sink.js';
import type { RowShare } from '../rows/record-checker.js';

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
  /** This thread's share of the rows: rows go in blocks, block `b` to part `b % parts` (never 0, the reading thread's). */
  readonly share: RowShare;
}

/**
 * Threads that check rows beside the one reading a file (`@dh/validate/threads` makes them
 * with Node's worker threads; the browser page has none). `validateDataset` keeps share 0 of a
 * file's rows and everything across rows (ids, links, dataset rules); the threads take the
 * other shares' own checks, and what they find is merged into the same report, in the same
 * order, as one thread would have made it.
 */
export interface RowThreads {
  /** How many threads, this one included, share the rows of a file of this size and format (1: it is read here alone). */
  partsFor(file: string, format: string): number;
  /** Rows in each block the threads take in turn. */
  readonly rowsPerBlock: number;
  /** Checks one share of a file's rows on another thread; rejects if the thread fails. */
  check(job: RowCheckJob): Promise<IssueSinkPart>;
}
