import { describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

describe('dh', () => {
  it('prints help listing its commands and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: dh/);
    expect(run.stdout).toMatch(/self-check/);
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

  it('passes its self-check offline', () => {
    const run = runCli(['self-check', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { checks } = JSON.parse(run.stdout) as { checks: { name: string; ok: boolean }[] };
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toContain('assessment config schema');
  });
});
