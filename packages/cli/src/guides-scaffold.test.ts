// Every command the guides show is run as written (test/guides.ts says how). The guides are
// split over three files so that vitest runs them side by side: here the README files a new country's scaffold writes, and R on the exported data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';
import { approveEthics } from '../test/approve-ethics.js';
import { cli, hasR, LONG, runGuide, setUp, shell, stepsOf } from '../test/guides.js';

describe('every command in the guides runs as written', () => {
  it("and those of the README files a new country's scaffold writes, once its data have arrived", LONG, async () => {
    const workspace = setUp('workspace');
    const made = shell(`node ${cli} new country --iso KE --name Kenya --languages en,sw`, workspace, 'dh new country');
    expect(made.status, made.stderr).toBe(0);
    const dir = join(workspace, 'assessments/ke');
    approveEthics(dir, await loadActivities());
    for (const activity of readdirSync(join(dir, 'data'))) {
      const data = shell(
        `node ${cli} synth ${activity} --n 300 --config ${dir} --out ${join(dir, 'data', activity)} --force`,
        workspace,
        'dh synth',
      );
      expect(data.status, data.stderr).toBe(0);
    }
    const readmes = [
      join(dir, 'README.md'),
      ...readdirSync(join(dir, 'data'))
        .map((a) => join(dir, 'data', a, 'README.md'))
        .filter(existsSync),
    ];
    for (const readme of readmes) {
      const markdown = readFileSync(readme, 'utf8');
      expect(
        stepsOf(markdown).some((s) => s.kind === 'commands'),
        readme,
      ).toBe(true);
      runGuide(readme.slice(workspace.length + 1), markdown, { name: 'workspace', cwd: workspace });
    }
  });

  it.runIf(hasR)('R survey, where installed, reproduces the estimates as the guide says', LONG, () => {
    const workspace = setUp('workspace');
    const export_ = shell(`node ${cli} analyze examples/xa --export-analysis-data`, workspace, 'dh analyze');
    expect(export_.status, export_.stderr).toBe(0);
    const run = shell('Rscript ocsea_clear_example.R', join(workspace, 'examples/xa/results/analysis-data/household-survey'), 'Rscript');
    expect(run.status, run.stderr).toBe(0);
    const difference = Number(/largest difference (\S+)/.exec(run.stdout)?.[1]);
    expect(difference).toBeLessThan(1e-6);
  });
});
