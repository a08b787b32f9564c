import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rComment, rString } from './domain-columns.js';

/** Values a configuration or a data file could carry into a generated R script. */
const HOSTILE = [
  'Xland"); system("touch PWNED"); ("',
  'Xland\nsystem("touch PWNED")',
  'Xland\rsystem("touch PWNED")',
  'Xland\u2028system("touch PWNED")\u2029',
  'back\\slash\\"quote',
  '`backtick` $(x) ${y}',
  'nul\u0000and\u001b[2Jescape\u0085next',
  "O'Brien \\n literal",
];

const hasR = spawnSync('Rscript', ['--version']).status === 0;

describe('text from data or configuration in a generated R script', () => {
  it.each(HOSTILE)('stays one literal: %j', (value) => {
    const literal = rString(value);
    expect(literal).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    // Between the outer quotes, every quote is escaped: the literal cannot close early.
    expect(literal.slice(1, -1).replace(/\\\\/g, '').replace(/\\"/g, '')).not.toContain('"');
    expect(rComment(value)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
  });

  it.runIf(hasR)('reads back in R as the same text (NUL, which R cannot hold, as U+FFFD)', () => {
    const script = HOSTILE.map((v) => `cat(${rString(v)}, "\\x1f", sep = "")`).join('\n');
    const run = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\u001f').slice(0, -1)).toEqual(HOSTILE.map((v) => v.replace(/\u0000/g, '\ufffd')));
  });
});
