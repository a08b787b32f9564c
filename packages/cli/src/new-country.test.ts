import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
const workspace = () => {
  const root = mkdtempSync(join(tmpdir(), 'dh-new-'));
  roots.push(root);
  return root;
};

describe('dh new country', () => {
  it('scaffolds an assessment with every installed activity and tells the team where to start', () => {
    const root = workspace();
    const run = runCli([
      'new',
      'country',
      '--iso',
      'ke',
      '--name',
      'Kenya',
      '--languages',
      'en,sw',
      '--root',
      root,
      '--fieldwork-start',
      '2021-01-10',
      '--fieldwork-end',
      '2021-03-31',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Created \S*assessments\/ke\//);
    expect(run.stdout).toMatch(/instruments\/ \(\d+ files\)/);
    const config = JSON.parse(readFileSync(join(root, 'assessments/ke/assessment.json'), 'utf8')) as {
      activities: Record<string, unknown>;
      languages: string[];
    };
    expect(Object.keys(config.activities)).toContain('household-survey');
    expect(config.languages).toEqual(['en', 'sw']);
    const sw = JSON.parse(readFileSync(join(root, 'assessments/ke/translations/sw.json'), 'utf8')) as Record<string, string>;
    const keys = Object.keys(sw).filter((k) => k !== '$comment');
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.every((k) => sw[k] === '')).toBe(true);
  });

  it("accepts an absolute --dir outside the current folder: the team's own repository, with the installed dh in its targets", () => {
    const root = workspace();
    const dir = join(root, 'kenya-assessment', 'ke');
    const run = runCli(['new', 'country', '--iso', 'KE', '--name', 'Kenya', '--activities', 'legal-policy-review', '--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Created ${dir}/`);
    expect(run.stdout).toContain(`Next: read ${dir}/README.md`);
    const project = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as {
      targets: { validate: { options: { command: string } } };
    };
    expect(project.targets.validate.options.command).toBe("node 'node_modules/@dh/cli/bin/dh.js' validate 'ke'");
    const config = JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')) as { $schema: string };
    expect(config.$schema).toBe('../node_modules/@dh/cli/schema/assessment.schema.json');
  });

  it.each([
    ['an unknown ISO code', ['--iso', 'ZQ', '--name', 'Nowhere'], /Unknown ISO 3166-1 alpha-2 code "ZQ"/],
    ['an unknown language', ['--iso', 'KE', '--name', 'Kenya', '--languages', 'en,zz'], /Unknown language tag "zz"/],
    ['a folder outside the workspace', ['--iso', 'KE', '--name', 'Kenya', '--dir', '../../escape'], /outside the workspace/],
    [
      'suppression switched off',
      ['--iso', 'KE', '--name', 'Kenya', '--suppress-below', '0'],
      /thresholds\.suppressBelow: must be at least 1: 0 would switch suppression off/,
    ],
    [
      'suppression below its floor',
      ['--iso', 'KE', '--name', 'Kenya', '--suppress-below', '3'],
      /thresholds\.suppressBelow: 3 is below the floor of 10/,
    ],
  ])('refuses %s with one message and exit 2', (_name, args, message) => {
    const root = workspace();
    const run = runCli(['new', 'country', '--root', root, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes the region list every region question asks from, and refuses a list it cannot use', () => {
    const root = workspace();
    const base = ['new', 'country', '--iso', 'KE', '--name', 'Kenya', '--root', root];
    const bad = runCli([...base, '--regions', 'nairobi:Nairobi;coast region:Coast;nairobi:Nairobi again;rift:']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--regions: "coast region" is not a code/);
    expect(bad.stderr).toMatch(/--regions: "nairobi" is given twice/);
    expect(bad.stderr).toMatch(/--regions: "rift" has no label/);
    const run = runCli([...base, '--regions', 'nairobi:Nairobi;coast:Coast']);
    expect(run.status, run.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(root, 'assessments/ke/assessment.json'), 'utf8')) as { extensionLists: unknown };
    expect(config.extensionLists).toEqual({
      region: [
        { code: 'nairobi', label: 'Nairobi' },
        { code: 'coast', label: 'Coast' },
      ],
    });
    const validate = runCli(['validate', join(root, 'assessments/ke')]);
    expect(validate.stderr + validate.stdout).not.toMatch(/no region list/);
  });

  it('refuses to overwrite an existing assessment', () => {
    const root = workspace();
    const args = ['new', 'country', '--iso', 'XA', '--name', 'Atlantis', '--root', root, '--synthetic'];
    expect(runCli(args).status).toBe(0);
    const before = readFileSync(join(root, 'assessments/xa/assessment.json'), 'utf8');
    const again = runCli(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists at assessments\/xa/);
    expect(readFileSync(join(root, 'assessments/xa/assessment.json'), 'utf8')).toBe(before);
  });
});
