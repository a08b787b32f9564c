// The entry of a row-checking thread (`rowThreads`): checks the shares of rows it is sent, one
// file at a time, in the order they come, and answers each with what it found.
import { parentPort } from 'node:worker_threads';
import type { RowCheckJob } from '../engine/row-threads.js';
import { checkRowShare } from './check-rows.js';

export interface RowCheckRequest {
  readonly id: number;
  readonly job: RowCheckJob;
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', ({ id, job }: RowCheckRequest) => {
  queue = queue.then(async () => {
    try {
      parentPort?.postMessage({ id, part: await checkRowShare(job) });
    } catch (error) {
      parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
