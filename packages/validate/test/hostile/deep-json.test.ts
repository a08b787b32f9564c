import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/readers/nesting-depth.js';
import { openFails, openOk, readAll } from '../fixtures/readers/read-all.js';
import { useTempDir } from '../fixtures/readers/temp-files.js';

const write = useTempDir();

/** A value nested `depth` levels: lists inside lists, or objects inside objects. */
function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('deeply nested JSON is refused by its depth, never by a stack overflow', () => {
  it.each(['array', 'object'] as const)('names the record and the limit for a JSON array (%s nesting)', async (kind) => {
    const text = `[\n{"id": 1, "note": "fine"},\n{"id": 2, "deep": ${nested(200_000, kind)}}\n]\n`;
    const problem = await openFails(await write(`deep-${kind}.json`, text));
    expect(problem).toMatchObject({ code: 'json-invalid', row: 3 });
    expect(problem.message).toContain(`more than ${MAX_JSON_DEPTH} levels`);
    expect(problem.message).toContain('line 3');
    expect(problem.message).not.toMatch(/call stack/i);
    expect(problem.hint).not.toMatch(/permission/i);
  });

  it('refuses a deep line of NDJSON at open, naming its line', async () => {
    const text = `{"id": 1}\n{"id": 2}\n{"id": 3, "deep": ${nested(200_000, 'array')}}\n`;
    const problem = await openFails(await write('deep.ndjson', text));
    expect(problem).toMatchObject({ code: 'json-invalid', row: 3 });
    expect(problem.message).toContain(`more than ${MAX_JSON_DEPTH} levels`);
  });

  it('still reads nesting up to the limit, keeping what a flat table cannot show as JSON text', async () => {
    const text = `[{"id": 1, "groups": ${nested(MAX_JSON_DEPTH - 1, 'array')}}]`;
    const { table } = await openOk(await write('at-limit.json', text));
    const { rows } = await readAll(table);
    expect(rows[0]?.[1]).toBe(nested(MAX_JSON_DEPTH - 1, 'array'));
  });
});
