import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, HOUSEHOLD_SURVEY_VERSION, householdSurveyArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the instrument code generates (run `npm run generate` after changing an instrument)', async () => {
    const files = await householdSurveyArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/household-survey') : '').toEqual([]);
  });

  it('include a schema and types for every record type and every English text', async () => {
    const paths = (await householdSurveyArtefacts()).map((f) => f.path);
    for (const name of ['household', 'roster', 'child', 'caregiver']) {
      expect(paths).toContain(`schema/${name}.schema.json`);
      expect(paths).toContain(`schema/${name}.d.ts`);
    }
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['child_interview.ocsea_threatened.label']).toMatch(/^In the past 12 months, has anyone threatened or blackmailed you/);
    expect(english['choices.yes_no_dk_ref.refused']).toBe('Prefer not to say');
  });
});

describe('the activity version', () => {
  it('is the package version, and every instrument carries it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(HOUSEHOLD_SURVEY_VERSION).toBe(manifest.version);
    expect(activity.version).toBe(manifest.version);
    expect(manifest.dh.activity).toBe(activity.id);
    expect(activity.build().instruments.map((i) => i.version)).toEqual([manifest.version, manifest.version, manifest.version]);
  });
});
