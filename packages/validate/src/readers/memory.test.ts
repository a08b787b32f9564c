import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { openTable } from './index.js';

const write = useTempDir();
const TARGET_BYTES = 50 * 1024 * 1024;

/** A real full collection makes heap samples meaningful; exposed at run time so no test flag is needed. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function writeLargeCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  out.write('id,age,region,note,score\n');
  const block = Array.from({ length: 1000 }, (_, i) => `${i},${10 + (i % 8)},north,"free, text ""quoted""",${i / 7}\n`).join('');
  let rows = 0;
  for (let written = 0; written < TARGET_BYTES; written += block.length) {
    if (!out.write(block)) await once(out, 'drain');
    rows += 1000;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

function memoryInUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

describe('memory', () => {
  it('streams a 50 MB CSV with memory growth far below the file size', async () => {
    const path = await write('large.csv', '');
    const expectedRows = await writeLargeCsv(path);
    const size = (await stat(path)).size;
    const gc = collector();
    gc();
    const baseline = memoryInUse();
    let peak = 0;
    let rows = 0;
    let batches = 0;
    const result = await openTable(path);
    if (result.status === 'failure') expect.fail(result.problem.message);
    for await (const batch of result.table.rows()) {
      rows += batch.rows.length;
      if (batches++ % 4 === 0) {
        gc();
        peak = Math.max(peak, memoryInUse() - baseline);
      }
    }
    expect(rows).toBe(expectedRows);
    expect(size).toBeGreaterThanOrEqual(TARGET_BYTES);
    // A reader that held the file would need at least its size; one chunk and its rows take a few MB.
    expect(peak).toBeLessThan(size / 4);
  }, 120_000);
});
