import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_EXAMPLES, REPOSITORY_COMMANDS } from './help.js';
import { runCli } from '../test/run-cli.js';

/** Options a command cannot run without. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = { 'new country': ['--iso', '--name'], synth: ['--out'] };

describe('dh', () => {
  it('is linked by npm from a committed bin file with its execute bit, so npx dh works before and after a build', () => {
    const bin = new URL('../bin/dh.js', import.meta.url);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const index = spawnSync('git', ['ls-files', '--stage', 'bin/dh.js'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
    if (index.status === 0 && index.stdout !== '') expect(index.stdout).toMatch(/^100755 /);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin['dh']).toBe('bin/dh.js');
  });

  it('prints help listing its commands and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: dh/);
    expect(run.stdout).toMatch(/self-check/);
  });

  it('states the exit codes once, for every command', () => {
    const run = runCli(['--help']);
    expect(run.stdout).toMatch(/Exit codes \(every command\):\n {2}0 .*\n {2}1 .*\n(.*\n)* {2}2 /);
  });

  it.each(Object.keys(COMMAND_EXAMPLES))('dh %s --help shows examples, marks required options and writes defaults one way', (command) => {
    const run = runCli([...command.split(' '), '--help']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\nExamples:\n {2}\$ dh /);
    expect(run.stdout).not.toMatch(/\(default: "|\(default [^:]/);
    for (const flag of REQUIRED[command] ?? []) expect(run.stdout).toMatch(new RegExp(`\\n {2}${flag} <[^>]+> +required: `));
    if (run.stdout.includes('--activity') && !REPOSITORY_COMMANDS.has(command))
      expect(run.stdout).toMatch(/installed:[\s\S]*household-survey/);
  });

  it('prints its version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('answers a misuse with one clear message and exit 2, never a stack trace', () => {
    const run = runCli(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['an unknown command', ['frob\u001b[2Jnicate\nResult: 0 errors']],
    ['a path', ['analyze', 'no\u001b]0;owned\u0007where\nResult: 0 errors']],
  ])('refuses %s holding control characters, shown visibly, never as an escape sequence or a line of its own', (_name, args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/holds a control character/);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).not.toMatch(/^Result:/m);
    expect(run.stderr).toMatch(/\\x1b/);
  });

  it('prints a config key holding control characters visibly in its error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dh-program-'));
    try {
      writeFileSync(
        join(dir, 'assessment.json'),
        JSON.stringify({
          country: 'XA',
          name: 'Xland',
          synthetic: true,
          languages: ['en'],
          activities: {},
          'k\u001b[31m\nResult: 0 errors': 1,
        }),
      );
      const run = runCli(['analyze', dir]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/is not a valid assessment config/);
      expect(run.stderr).toContain('k\\x1b[31m\\nResult: 0 errors');
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes its self-check offline', () => {
    const run = runCli(['self-check', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { checks } = JSON.parse(run.stdout) as { checks: { name: string; ok: boolean }[] };
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toContain('assessment config schema');
  });
});
