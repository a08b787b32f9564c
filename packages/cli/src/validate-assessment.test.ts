import { mkdtempSync, rmSync } from 'node:fs';
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

  it('passes a freshly scaffolded assessment, which has its config and no data yet', () => {
    expect(runCli(['new', 'country', '--iso', 'XF', '--name', 'Freshland', '--root', scratch]).status).toBe(0);
    const run = runCli(['validate', join(scratch, 'assessments/xf')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/is a valid assessment config\. .*data\/household-survey holds no data files yet/);
  });
});
