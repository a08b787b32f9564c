import type { ReadProblem } from './read-problem.js';
import { stoppedBatch } from './row-batch-builder.js';
import type { RowBatch } from './table-source.js';

/**
 * Wraps a reader's row generator so that a failure half-way through a file (disk error, corrupt
 * zip entry, a bug) reaches the caller as a final stopped batch instead of an exception.
 */
export function safeRowStream(produce: () => AsyncGenerator<RowBatch>, describe: (error: unknown) => ReadProblem): AsyncIterable<RowBatch> {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        yield* produce();
      } catch (error) {
        yield stoppedBatch(describe(error));
      }
    },
  };
}
