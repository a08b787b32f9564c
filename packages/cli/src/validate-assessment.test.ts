import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-validate-assessment-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('dh validate <assessment folder>', () => {
  it("checks the assessment's config and its activity's data folder", () => {
    const run = runCli(['validate', 'examples/xa'], { cwd: workspaceRoot });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/child\.csv/);
    expect(run.stdout).not.toMatch(/Read \d+ files?, 0 data rows/);
  });

  it('never passes an assessment whose data it did not read: a fresh scaffold has nothing to validate (exit 2)', () => {
    expect(runCli(['new', 'country', '--iso', 'XF', '--name', 'Freshland', '--root', scratch]).status).toBe(0);
    const run = runCli(['validate', join(scratch, 'assessments/xf')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/nothing to validate: .*xf holds no data files \(looked in .*data\/household-survey[,)]/);
  });

  it('validates data files lying in the assessment folder itself, never passing them unread', () => {
    const dir = join(scratch, 'loose');
    expect(runCli(['new', 'country', '--iso', 'XG', '--name', 'Looseland', '--root', scratch, '--dir', 'loose']).status).toBe(0);
    const made = join(scratch, 'made');
    expect(runCli(['synth', 'household-survey', '--n', '20', '--config', dir, '--out', made]).status).toBe(0);
    for (const file of readdirSync(made)) copyFileSync(join(made, file), join(dir, file));
    const run = runCli(['validate', dir]);
    expect(run.stdout).toMatch(/Read 4 files, \d+ data rows/);
    expect(run.stdout).toMatch(/Config: .*loose\/assessment\.json/);
    expect(run.status).toBe(0);
  });
});
