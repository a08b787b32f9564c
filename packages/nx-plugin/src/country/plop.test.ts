// `npx plop country` is the interactive front of the scaffold: the real plop CLI, answered in
// order on the command line, must make the same assessment as the other fronts, with the
// options the installed activities declare.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const workspace = fileURLToPath(new URL('../../../../', import.meta.url));
const dest = mkdtempSync(join(tmpdir(), 'dh-plop-'));
afterAll(() => rmSync(dest, { recursive: true, force: true }));

function plop(answers: readonly string[]) {
  return spawnSync(
    process.execPath,
    [join(workspace, 'node_modules/plop/bin/plop.js'), '--plopfile', join(workspace, 'plopfile.js'), '--dest', dest, 'country', ...answers],
    {
      encoding: 'utf8',
      input: '',
      timeout: 60_000,
    },
  );
}

describe('npx plop country', () => {
  it('scaffolds from answers given in order, with the household survey options it asked for', () => {
    const run = plop([
      'XP',
      'Plopland',
      'en,fr',
      'household-survey',
      'assessments/xp',
      '2021-01-10',
      '2021-03-31',
      'north:North',
      '10',
      '17',
      '3',
      'north_urban:North, urban;north_rural:North, rural',
    ]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(dest, 'assessments/xp/assessment.json'), 'utf8')) as {
      languages: string[];
      fieldwork: unknown;
      extensionLists: Record<string, unknown>;
      activities: Record<string, { settings: { ageRange: unknown; strata: { code: string }[] } }>;
    };
    expect(config.languages).toEqual(['en', 'fr']);
    expect(config.fieldwork).toEqual({ start: '2021-01-10', end: '2021-03-31' });
    expect(config.extensionLists).toEqual({ region: [{ code: 'north', label: 'North' }] });
    expect(config.activities['household-survey']?.settings.ageRange).toEqual({ min: 10, max: 17 });
    expect(config.activities['household-survey']?.settings.strata.map((s) => s.code)).toEqual(['north_urban', 'north_rural']);
  });

  it('refuses what the other fronts refuse, with their message and a non-zero exit', () => {
    const run = plop(['ZQ', 'Nowhere', 'en', '', '', '', '', '', '12', '17', '3', '']);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/Unknown ISO 3166-1 alpha-2 code "ZQ"/);
  });
});
