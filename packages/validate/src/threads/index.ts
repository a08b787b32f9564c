import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RowCheckJob, RowThreads } from '../engine/row-threads.js';
import type { IssueSinkPart } from '../issues/issue-sink.js';
import type { RowCheckRequest } from './check-worker.js';

export type { RowCheckJob, RowThreads } from '../engine/row-threads.js';
export { checkRowShare } from './check-rows.js';

const MAX_THREADS = 64;

/** Below this size a file is read on one thread: starting another costs more than it saves. */
export const DEFAULT_MIN_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Threads checking rows by default, the reading one included: two wherever the machine has two
 * cores or more. Each thread parses the whole file again and holds its own heap (about 50 MB, let
 * go once every file is read, before the checks across rows); read in 64 KiB chunks, the parse is
 * cheap enough that a second thread pays on two cores too (docs/architecture.md § Scale: the wide
 * file 2.2 → 1.9 times the bare parse, the survey no slower, peak memory under 300 MB). A third adds little.
 */
export function defaultRowThreads(): number {
  return availableParallelism() >= 2 ? 2 : 1;
}

export interface RowThreadPoolOptions {
  /** Threads checking rows, this one included (default: `defaultRowThreads()`). 1 checks every row here. */
  readonly threads?: number;
  /** Files smaller than this are read on one thread. */
  readonly minFileBytes?: number;
  /** Rows in each block a thread claims (default 256: a claim costs one atomic operation per block). */
  readonly rowsPerBlock?: number;
  /**
   * How blocks go to threads: `claim` (the default), each to the thread that reaches it first, so
   * the threads balance themselves; `turns`, block `b` to thread `b % threads + 1`, whatever their
   * speed (for tests: every thread then checks rows, however small the file).
   */
  readonly deal?: 'claim' | 'turns';
}

/** Row threads that can be closed: `validateDataset({ rowThreads })`, then `close()`. */
export interface RowThreadPool extends RowThreads {
  /** Threads checking rows, the reading one included. */
  readonly threads: number;
  /** Worker threads started and not yet ended (they start at the first large file and end once every file is read). */
  readonly running: number;
  /**
   * Starts the threads now, before any file is shared: each loads its code (about half a second
   * on two cores) while this thread prepares, so it is ready when the first large file is read.
   * Started threads that are never sent a file keep nothing alive; `close()` ends them.
   */
  prestart(): void;
  /** Ends the threads with nothing left to send back; a later file starts them again. */
  release(): Promise<void>;
  close(): Promise<void>;
}

type Answer = { readonly id: number; readonly part: IssueSinkPart } | { readonly id: number; readonly error: string };

/**
 * Node worker threads that share the rows of large CSV files with the thread reading them
 * (`validateDataset`'s `rowThreads`). Each thread reads the whole file again (a row's start is
 * only known by reading what precedes it) and checks the blocks of rows it claims first; the
 * report is the one a single thread makes, issue for issue. Threads start at the first large file.
 */
export function rowThreadPool(options: RowThreadPoolOptions = {}): RowThreadPool {
  // Thread numbers are kept in one byte per block.
  const threads = Math.min(MAX_THREADS, Math.max(1, Math.floor(options.threads ?? defaultRowThreads())));
  const minFileBytes = options.minFileBytes ?? DEFAULT_MIN_FILE_BYTES;
  const block = Math.max(1, Math.floor(options.rowsPerBlock ?? 256));
  const helpers: (Helper | undefined)[] = [];
  return {
    threads,
    get running() {
      return helpers.filter((helper) => helper !== undefined && !helper.failed).length;
    },
    sharingFor(file: string, format: string) {
      if (threads === 1 || format !== 'csv') return undefined;
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        return undefined;
      }
      if (size < minFileBytes) return undefined;
      // A file of n bytes holds at most n + 1 rows.
      const claims = new Uint8Array(new SharedArrayBuffer(Math.ceil((size + 1) / block) + 1));
      if (options.deal === 'turns') for (let b = 0; b < claims.length; b++) claims[b] = (b % threads) + 1;
      return { threads, block, claims, read: new Int32Array(new SharedArrayBuffer(4)) };
    },
    prestart(): void {
      for (let index = 0; index < threads - 1; index++) {
        const current = helpers[index];
        if (current !== undefined && !current.failed) continue;
        try {
          helpers[index] = new Helper();
        } catch {
          // Not started now: the first file sent starts it again, and a failure there reads the data on one thread.
          helpers[index] = undefined;
        }
      }
    },
    check(job: RowCheckJob): Promise<IssueSinkPart> {
      // A thread that failed is replaced: the next file gets a fresh one.
      const index = job.share.thread - 2;
      const current = helpers[index];
      const helper = current === undefined || current.failed ? (helpers[index] = new Helper()) : current;
      return helper.send(job);
    },
    async release(): Promise<void> {
      // Only threads with nothing left to send: another validation sharing the pool may still be reading.
      const idle = helpers.flatMap((helper, index) => (helper !== undefined && helper.idle ? [index] : []));
      await Promise.all(
        idle.map((index) => {
          const helper = helpers[index];
          helpers[index] = undefined;
          return helper?.close();
        }),
      );
    },
    async close(): Promise<void> {
      await Promise.all(helpers.map((helper) => helper?.close()));
    },
  };
}

/**
 * The worker script, `check-worker.ts` and all it imports compiled into one file by the build
 * (`scripts/bundle-worker.mjs`): beside this module when built; from the build when this module
 * runs from source (tests).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/threads/check-worker.bundle.js', here) : new URL('./check-worker.bundle.js', here);
}

/**
 * A checking thread keeps little from row to row (a batch, the issues it keeps as examples): a
 * small young generation lowers the run's peak, which comes while both threads read. Too small, and
 * reading an export that quotes every value spends its time collecting: 16 MB rather than 8 took the
 * quoted survey folder from 3.3–3.6 s to 3.1–3.2 s and its peak from 280–290 MB to 253 MB, the survey
 * and the problem-heavy folder unchanged (2.6–2.7 s, 3.4 s; peaks 250–270 MB), one run each, two rounds.
 */
const HELPER_YOUNG_GENERATION_MB = 16;

/** One worker thread and the answers it owes. It holds the process open only while it owes one. */
class Helper {
  private readonly worker = new Worker(workerUrl(), { resourceLimits: { maxYoungGenerationSizeMb: HELPER_YOUNG_GENERATION_MB } });
  private readonly pending = new Map<number, { resolve: (part: IssueSinkPart) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** It owes no answer. */
  get idle(): boolean {
    return this.pending.size === 0;
  }

  constructor() {
    this.worker.unref();
    this.worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.settled(answer.id);
      if ('part' in answer) waiting.resolve(answer.part);
      else waiting.reject(new Error(answer.error));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`a row-checking thread stopped (exit code ${code})`)));
  }

  send(job: RowCheckJob): Promise<IssueSinkPart> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answer = new Promise<IssueSinkPart>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    if (this.pending.size === 1) this.worker.ref();
    const request: RowCheckRequest = { id, job };
    this.worker.postMessage(request);
    return answer;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the row-checking threads were closed');
    await this.worker.terminate();
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [id, waiting] of this.pending) {
      this.settled(id);
      waiting.reject(error);
    }
  }
}
