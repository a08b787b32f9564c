import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, FRONTLINE_WORKER_SURVEY_VERSION, frontlineWorkerSurveyArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the questionnaire code generates (run `npm run generate` after changing it)', async () => {
    const files = await frontlineWorkerSurveyArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/frontline-worker-survey') : '').toEqual([]);
  });

  it('include the schema and types of frontline_worker and every English text of the questionnaire', async () => {
    expect((await frontlineWorkerSurveyArtefacts()).map((f) => f.path)).toEqual([
      'schema/frontline_worker.schema.json',
      'schema/frontline_worker.d.ts',
      'translations/en.json',
    ]);
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['frontline_worker_questionnaire.barriers.label']).toMatch(/^In your experience, what stops children/);
    expect(english['choices.fw_yes_no_dk_ref.refused']).toBe('Prefer not to say');
  });
});

describe('the activity version', () => {
  it('is the package version, and the questionnaire carries it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(FRONTLINE_WORKER_SURVEY_VERSION).toBe(manifest.version);
    expect(activity.version).toBe(manifest.version);
    expect(manifest.dh.activity).toBe(activity.id);
    expect(activity.build().instruments.map((i) => i.version)).toEqual([manifest.version]);
  });
});
