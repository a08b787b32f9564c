import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RowCheckJob, RowThreads } from '../engine/row-threads.js';
import type { IssueSinkPart } from '../issues/issue-sink.js';
import type { RowCheckRequest } from './check-worker.js';

export type { RowCheckJob, RowThreads } from '../engine/row-threads.js';
export { checkRowShare } from './check-rows.js';

/** Below this size a file is read on one thread: starting another costs more than it saves. */
export const DEFAULT_MIN_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Threads checking rows by default, the reading one included: the machine's cores, at most four.
 * Each thread reads the whole file and holds its own heap (about 100 MB), while the reading
 * thread keeps the parse and the checks across rows: past four, another thread saves little.
 */
export function defaultRowThreads(): number {
  return Math.min(availableParallelism(), 4);
}

export interface RowThreadPoolOptions {
  /** Threads checking rows, this one included (default: `defaultRowThreads()`). 1 checks every row here. */
  readonly threads?: number;
  /** Files smaller than this are read on one thread. */
  readonly minFileBytes?: number;
  /** Rows in each block the threads take in turn (default 256: enough to keep each thread in its own stretch of the file). */
  readonly rowsPerBlock?: number;
}

/** Row threads that can be closed: `validateDataset({ rowThreads })`, then `close()`. */
export interface RowThreadPool extends RowThreads {
  readonly threads: number;
  close(): Promise<void>;
}

type Answer = { readonly id: number; readonly part: IssueSinkPart } | { readonly id: number; readonly error: string };

/**
 * Node worker threads that share the rows of large CSV files with the thread reading them
 * (`validateDataset`'s `rowThreads`). Each thread reads the whole file again (a row's start is
 * only known by reading what precedes it) and makes the row checks of its share; the report is
 * the one a single thread makes, issue for issue. Threads start at the first large file.
 */
export function rowThreadPool(options: RowThreadPoolOptions = {}): RowThreadPool {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultRowThreads()));
  const minFileBytes = options.minFileBytes ?? DEFAULT_MIN_FILE_BYTES;
  const helpers: (Helper | undefined)[] = [];
  return {
    threads,
    rowsPerBlock: Math.max(1, Math.floor(options.rowsPerBlock ?? 256)),
    partsFor(file: string, format: string): number {
      if (threads === 1 || format !== 'csv') return 1;
      try {
        return statSync(file).size >= minFileBytes ? threads : 1;
      } catch {
        return 1;
      }
    },
    check(job: RowCheckJob): Promise<IssueSinkPart> {
      const helper = (helpers[job.share.part - 1] ??= new Helper());
      return helper.send(job);
    },
    async close(): Promise<void> {
      await Promise.all(helpers.map((helper) => helper?.close()));
    },
  };
}

/** The worker script: beside this module when built; from the build when this module runs from source (tests). */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/threads/check-worker.js', here) : new URL('./check-worker.js', here);
}

/** One worker thread and the answers it owes. It holds the process open only while it owes one. */
class Helper {
  private readonly worker = new Worker(workerUrl());
  private readonly pending = new Map<number, { resolve: (part: IssueSinkPart) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

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
