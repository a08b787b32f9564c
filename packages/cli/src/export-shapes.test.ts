// One data path (docs/architecture.md, principle 8): every export shape dh validate accepts
// is read identically by dh analyze, so the estimates are the same whatever tool exported
// the data. Each shape is made from the example's plain CSVs, as ODK Central, ODK
// Briefcase and KoboToolbox would export them.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAssessment, type EstimateRow } from '@dh/analysis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAPES, writeExampleInShape, type Shape } from '../test/export-shapes.js';
import { loadActivities } from './activities.js';
import { runValidate } from './commands/validate.js';

const example = fileURLToPath(new URL('../../../examples/xa', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'dh-shapes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const numbers = (rows: readonly EstimateRow[]) =>
  rows.map((r) => [r.indicator, r.disaggregation, r.level, r.estimate, r.se, r.ciLow, r.ciHigh, r.n, r.weightedN, r.flags.join(' ')]);

let plain: readonly EstimateRow[] = [];

/** An assessment folder whose data folder holds the example's data in one shape. */
async function assessmentIn(shape: Shape): Promise<string> {
  const dir = join(root, shape);
  await writeExampleInShape(shape, example, join(dir, 'data', 'household-survey'));
  cpSync(join(example, 'assessment.json'), join(dir, 'assessment.json'));
  return dir;
}

async function validateCode(dir: string): Promise<{ code: number; text: string }> {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true), isTTY: false } as unknown as NodeJS.WriteStream;
  const code = await runValidate(
    [dir],
    { format: 'text', examples: '3' },
    { cwd: root, env: { NO_COLOR: '1' }, stdout: stream, stderr: stream, loadInstalled: loadActivities },
  );
  return { code, text };
}

beforeAll(async () => {
  const outcome = await analyzeAssessment(await assessmentIn('plain'), { activities: await loadActivities() });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  plain = outcome.results.estimates;
});

describe('every export shape, read by validate and analyze alike', () => {
  it('has a plain baseline with every indicator estimated', () => {
    expect(plain.length).toBeGreaterThan(100);
  });

  it.each(SHAPES.filter((s) => s !== 'plain'))('%s: validates without errors and gives exactly the plain estimates', async (shape) => {
    const dir = await assessmentIn(shape);
    const validation = await validateCode(dir);
    expect(validation.text).not.toMatch(/^ *error /m);
    expect(validation.code, validation.text).toBe(0);
    const outcome = await analyzeAssessment(dir, { activities: await loadActivities() });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    expect(outcome.results.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(numbers(outcome.results.estimates)).toEqual(numbers(plain));
  });
});
