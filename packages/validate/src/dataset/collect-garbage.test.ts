import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbageNow } from './collect-garbage.js';

describe('collecting garbage now', () => {
  it('lets go at once of what nothing holds any more, and may be asked again', () => {
    for (let round = 0; round < 2; round++) {
      let held: { row: number; id: string }[] | undefined = Array.from({ length: 400_000 }, (_, row) => ({ row, id: `H${row}` }));
      const before = getHeapStatistics().used_heap_size;
      expect(held.length).toBe(400_000);
      held = undefined;
      collectGarbageNow();
      // 400,000 objects and their texts take over 20 MB; V8 alone would keep them until its old generation grew.
      expect(before - getHeapStatistics().used_heap_size).toBeGreaterThan(20e6);
    }
  });
});
