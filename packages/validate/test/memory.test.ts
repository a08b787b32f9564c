import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/index.js';
import { baselineDataset } from './baseline-dataset.js';
import { scratchFolder } from './fixture-files.js';
import { testActivity } from './test-activity.js';

const ROWS = 300_000;

function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Child interviews with long ids (long enough that a kept cell would pin its parser chunk). */
async function writeChildren(path: string): Promise<void> {
  const child = baselineDataset()['child.csv'];
  if (!child) throw new Error('no child table');
  const out = createWriteStream(path);
  out.write(`${child.header.join(',')}\n`);
  const template = child.rows[0] ?? [];
  for (let row = 0; row < ROWS; row += 1000) {
    let block = '';
    for (let k = row; k < row + 1000; k++) block += `CHILD-${String(k).padStart(12, '0')},HOUSEHOLD-${String(k % 5000).padStart(8, '0')},${template.slice(2).join(',')}\n`;
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The heap and the typed arrays outside it, where the key index keeps its bytes. */
function inUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

describe('memory', () => {
  it('keeps only compact keys across rows: growth stays far below the file size', async () => {
    const folder = scratchFolder();
    try {
      const path = join(folder.dir, 'child.csv');
      await writeChildren(path);
      const size = (await stat(path)).size;
      const gc = collector();
      gc();
      const baseline = inUse();
      let peak = 0;
      let calls = 0;
      const result = await validateDataset({
        activity: testActivity,
        files: [path],
        onProgress: () => {
          if (calls++ % 50 !== 0) return;
          gc();
          peak = Math.max(peak, inUse() - baseline);
        },
      });
      expect(result.totals.rows).toBe(ROWS);
      expect(result.counts.map((c) => c.code)).toEqual([]);
      // 300,000 ids of 18 characters live in a byte arena with a few integers each (about 20 MB
      // with growth slack); cells kept as strings, or whole rows, would hold at least the file itself.
      expect(size).toBeGreaterThan(30 * 1024 * 1024);
      expect(peak).toBeLessThan(size * 0.75);
    } finally {
      folder.remove();
    }
  });
});
