// dh as a country team gets it: every package packed as it would be published (npm pack),
// installed from the tarballs into an empty folder outside this repository, and the team's
// journey run there with the installed dh: a new country, synthetic data, validation, the
// validator page, the national results. Nothing may point back into the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';
import { approveEthics } from '../test/approve-ethics.js';
import { NEW_EXAMPLELAND } from '../test/exampleland.js';
import { stepsOf } from '../test/guides.js';

const repo = realpathSync(fileURLToPath(new URL('../../..', import.meta.url)));
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'dh-pack-install-')));
const tarballs = join(scratch, 'tarballs');
const team = join(scratch, 'team-ke');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: readonly string[], cwd: string, timeout = 300_000) {
  const { FORCE_COLOR: _colour, NODE_PATH: _path, INIT_CWD: _init, ...env } = process.env;
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** The installed dh, run the way the team's README says (npx dh …), from the team's folder. */
function dh(...args: string[]) {
  return run(process.execPath, [join(team, 'node_modules/@dh/cli/bin/dh.js'), ...args], team);
}

beforeAll(() => {
  mkdirSync(tarballs);
  mkdirSync(team);
  const packed = run('npm', ['pack', '--workspaces', '--pack-destination', tarballs, '--silent'], repo);
  if (packed.status !== 0) throw new Error(packed.output);
  writeFileSync(join(team, 'package.json'), JSON.stringify({ name: 'team-ke', private: true }, null, 2));
  const files = readdirSync(tarballs).map((name) => join(tarballs, name));
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...files], team, 600_000);
  if (installed.status !== 0) throw new Error(installed.output);
}, 900_000);

describe('dh packed and installed outside the repository', () => {
  it('installs every package from its tarball, with nothing linked back to the repository', () => {
    const packages = readdirSync(join(team, 'node_modules/@dh'));
    const ownPackages = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { name?: string }>;
    };
    const published = Object.entries(ownPackages.packages)
      .filter(([path]) => path.startsWith('node_modules/@dh/'))
      .map(([path]) => path.slice('node_modules/@dh/'.length));
    expect(packages.sort()).toEqual(published.sort());
    for (const name of packages) {
      const path = join(team, 'node_modules/@dh', name);
      expect(lstatSync(path).isSymbolicLink(), `${name} is a link`).toBe(false);
      expect(realpathSync(path).startsWith(repo)).toBe(false);
    }
    expect(existsSync(join(team, 'node_modules/nx')), 'nx is build tooling: no runtime package may need it').toBe(false);
  });

  it('runs a country team journey there: new country, synthetic data, validate, validator page, analyze, and its README commands', async () => {
    expect(dh('self-check').status).toBe(0);
    const made = dh(...NEW_EXAMPLELAND, '--dir', 'assessments/xe');
    expect(made.status, made.output).toBe(0);
    const assessment = join(team, 'assessments/xe');
    approveEthics(assessment, await loadActivities());
    const synth = dh(
      'synth',
      'household-survey',
      '--n',
      '200',
      '--config',
      'assessments/xe',
      '--out',
      'assessments/xe/data/household-survey',
    );
    expect(synth.status, synth.output).toBe(0);
    const validated = dh('validate', 'assessments/xe');
    expect(validated.status, validated.output).toBe(0);
    expect(validated.output).toContain('The data passed validation');
    const page = dh('validator-page', 'assessments/xe');
    expect(page.status, page.output).toBe(0);
    expect(readFileSync(join(assessment, 'validator.html'), 'utf8')).toContain('Exampleland (XE)');
    const analysed = dh('analyze', 'assessments/xe');
    expect(analysed.status, analysed.output).toBe(0);
    const results = JSON.parse(readFileSync(join(assessment, 'results/results.json'), 'utf8')) as { indicators?: unknown[] };
    expect(JSON.stringify(results)).toContain('household-survey');
    // The commands the scaffold's README gives run there, as written (npx finds the installed dh).
    const readme = readFileSync(join(assessment, 'README.md'), 'utf8');
    expect(readme).toContain('after `npm install` has installed dh');
    const commands = stepsOf(readme).flatMap((step) => (step.kind === 'commands' ? step.lines : []));
    expect(commands.length).toBeGreaterThan(3);
    for (const line of commands) {
      expect(line).toMatch(/^npx dh /);
      const ran = run('bash', ['-c', line], team);
      expect(ran.status, `${line}\n${ran.output}`).toBe(0);
    }
    // The scaffold points at the installed dh and the installed schema, never at the repository.
    const scaffold = ['assessment.json', 'project.json', 'README.md'].map((f) => readFileSync(join(assessment, f), 'utf8')).join('\n');
    expect(scaffold).not.toContain(repo);
    expect(scaffold).toContain('node_modules/@dh/cli');
    expect(existsSync(join(assessment, JSON.parse(readFileSync(join(assessment, 'assessment.json'), 'utf8')).$schema as string))).toBe(
      true,
    );
  });
});
