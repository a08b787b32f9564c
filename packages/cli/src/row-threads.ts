import type { RowThreads } from '@dh/validate';
import { wholeNumber } from './whole-number.js';

/** The `--jobs` option of the commands that read data (dh validate, dh analyze). */
export const JOBS_FLAG = '--jobs <n>';
export const JOBS_HELP =
  'threads sharing the row checks of large CSV files (default: 2 with 2 cores or more, else 1); the result is the same';

/** `--jobs` read before any work starts; undefined when not given (the default). */
export function jobsFlag(text: string | undefined): number | undefined {
  return text === undefined ? undefined : wholeNumber('--jobs', text, 1);
}

/**
 * Row threads for `--jobs` (the default when not given), or undefined for one thread. The
 * threads module is loaded only here: it starts Node's worker threads, which nothing else
 * needs. Close the pool when done.
 */
export async function rowThreadsFor(threads: number | undefined): Promise<(RowThreads & { close(): Promise<void> }) | undefined> {
  if (threads === 1) return undefined;
  const { rowThreadPool } = await import('@dh/validate/threads');
  const pool = rowThreadPool(threads === undefined ? {} : { threads });
  return pool.threads === 1 ? undefined : pool;
}
