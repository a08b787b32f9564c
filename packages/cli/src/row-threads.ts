import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { TEXT_TABLE_EXTENSIONS, type RowThreads } from '@dh/validate';
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
 * needs. When the data given hold a CSV file large enough to share, the threads start at once and
 * load their code while this one loads the activities and plans the run. Close the pool when done.
 */
export async function rowThreadsFor(
  threads: number | undefined,
  dataPaths: readonly string[] = [],
): Promise<(RowThreads & { close(): Promise<void> }) | undefined> {
  if (threads === 1) return undefined;
  const { rowThreadPool, DEFAULT_MIN_FILE_BYTES } = await import('@dh/validate/threads');
  const pool = rowThreadPool(threads === undefined ? {} : { threads });
  if (pool.threads === 1) return undefined;
  if (holdsLargeCsv(dataPaths, DEFAULT_MIN_FILE_BYTES)) pool.prestart();
  return pool;
}

/** Folders looked into below a path given (an assessment folder holds its data in data/<activity>/). */
const SEARCH_DEPTH = 3;
/** Entries looked at in all: a guess made before the run, not worth a long walk. */
const SEARCH_ENTRIES = 2000;

/** Whether a path given, or a folder below it, holds a delimited text table (`TEXT_TABLE_EXTENSIONS`) of `minBytes` or more. */
export function holdsLargeCsv(paths: readonly string[], minBytes: number): boolean {
  let budget = SEARCH_ENTRIES;
  const visit = (path: string, depth: number): boolean => {
    if (budget-- <= 0) return false;
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return false;
    }
    if (stats.isFile()) return stats.size >= minBytes && TEXT_TABLE_EXTENSIONS.has(extname(path).toLowerCase());
    if (!stats.isDirectory() || depth > SEARCH_DEPTH) return false;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return false;
    }
    return names.some((name) => visit(join(path, name), depth + 1));
  };
  return paths.some((path) => visit(path, 0));
}
