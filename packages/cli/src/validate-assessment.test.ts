import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('says which activities of the assessment had no data to check, rather than passing them in silence', () => {
    // XB records no ethics approval, so it holds no survivor conversations.
    const run = runCli(['validate', 'examples/xb'], { cwd: workspaceRoot });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Not checked: survivor-conversations has no data files in examples\/xb\/data\/survivor-conversations\/\.\n$/,
    );
    expect(run.stdout).not.toMatch(/Not checked: (?!survivor)/);
  });

  it('reads a case-journey file made from the 0.1 template, without the stage dates added since; a column of 0.1 missing is still an error', () => {
    const dir = join(scratch, 'journeys');
    mkdirSync(dir);
    const source = join(workspaceRoot, 'examples/xa/data/access-to-justice-interviews');
    for (const file of ['interview_log.csv', 'coded_segment.csv']) copyFileSync(join(source, file), join(dir, file));
    const lines = readFileSync(join(source, 'case_journey.csv'), 'utf8').trimEnd().split(/\r?\n/);
    const header = (lines[0] ?? '').split(',');
    const without = (names: readonly string[]) => {
      const keep = header.map((h, i) => (names.includes(h) ? -1 : i)).filter((i) => i >= 0);
      // The example's cells hold no commas inside quotes in these columns.
      return lines.map((line) => keep.map((i) => line.split(',')[i]).join(',')).join('\n') + '\n';
    };
    const validate = () =>
      runCli(['validate', dir, '--activity', 'access-to-justice-interviews', '--config', join(workspaceRoot, 'examples/xa')]);
    writeFileSync(join(dir, 'case_journey.csv'), without(['investigated_on', 'charged_on', 'trial_on']));
    const old = validate();
    expect(old.stdout).not.toMatch(/missing-column/);
    expect(old.status, old.stdout).toBe(0);
    writeFileSync(join(dir, 'case_journey.csv'), without(['investigated_on', 'charged_on', 'trial_on', 'verdict_on']));
    const broken = validate();
    expect(broken.stdout).toMatch(/missing-column .*\n.*Column "verdict_on" is missing/);
    expect(broken.status).toBe(1);
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

  it('refuses survivor conversations until an ethics approval is recorded, showing an example approval the user can follow', () => {
    // examples/xb runs survivor conversations without a clearance; its data are put beside it.
    const dir = join(scratch, 'uncleared');
    mkdirSync(join(dir, 'data/survivor-conversations'), { recursive: true });
    copyFileSync(join(workspaceRoot, 'examples/xb/assessment.json'), join(dir, 'assessment.json'));
    const log = 'data/survivor-conversations/interview_log.csv';
    copyFileSync(join(workspaceRoot, 'examples/xa', log), join(dir, log));
    const run = runCli(['validate', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'fix: The data was not read. assessment.json records no ethical clearance for survivor-conversations. Add activities.survivor-conversations.settings.ethicalClearance with the approving ethics body, the approval\'s reference and its date (e.g. { "body": "National Research Ethics Committee", "reference": "REC/EXAMPLE/7", "date": "2021-01-05" }), once the approval is given.',
    );
    expect(run.stdout).not.toContain('[phone number]');
  });
});
