import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityManifestProblems, checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, LAW_ENFORCEMENT_INTERVIEWS_VERSION, lawEnforcementInterviewsArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the instrument code generates (run `npm run generate` after changing an instrument)', async () => {
    const files = await lawEnforcementInterviewsArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/law-enforcement-interviews') : '').toEqual([]);
  });

  it('include a schema and types for every record type, and the English text of the guide, frame and log', async () => {
    const paths = (await lawEnforcementInterviewsArtefacts()).map((f) => f.path);
    for (const name of ['interview_log', 'coded_segment', 'capacity_check']) {
      expect(paths).toContain(`schema/${name}.schema.json`);
      expect(paths).toContain(`schema/${name}.d.ts`);
    }
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['le_interview_guide.opening.voluntary']).toMatch(/^Taking part is voluntary/);
    expect(english['themes.slow_platform_evidence.label']).toBe('Evidence from platforms is slow to obtain');
    expect(english['le_interview_log.consent.label']).toBe('Was informed consent given before the interview began?');
  });
});

describe('the activity version', () => {
  it('is the package version, and the guide, coding frame and log carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(LAW_ENFORCEMENT_INTERVIEWS_VERSION).toBe(manifest.version);
    expect(activityManifestProblems(activity, manifest)).toEqual([]);
    expect(activity.build().instruments.map((i) => i.kind)).toEqual(['interview-guide', 'coding-frame', 'questionnaire']);
  });
});
