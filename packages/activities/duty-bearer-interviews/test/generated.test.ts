import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, DUTY_BEARER_INTERVIEWS_VERSION, dutyBearerInterviewsArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the instrument code generates (run `npm run generate` after changing an instrument)', async () => {
    const files = await dutyBearerInterviewsArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/duty-bearer-interviews') : '').toEqual([]);
  });

  it('include a schema and types for the log and the coded segments, and the English text of the guide, frame and log', async () => {
    const paths = (await dutyBearerInterviewsArtefacts()).map((f) => f.path);
    for (const name of ['interview_log', 'coded_segment']) {
      expect(paths).toContain(`schema/${name}.schema.json`);
      expect(paths).toContain(`schema/${name}.d.ts`);
    }
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['db_interview_guide.opening.voluntary']).toMatch(/^Taking part is voluntary/);
    expect(english['themes.gaps_in_law.label']).toBe('Gaps in law or policy');
    expect(english['themes.db_industry_regulation.label']).toBe('Oversight of technology and telecommunications companies');
    expect(english['db_interview_log.consent.label']).toBe('Was informed consent given before the interview began?');
  });
});

describe('the activity version', () => {
  it('is the package version, and the guide, coding frame and log carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(DUTY_BEARER_INTERVIEWS_VERSION).toBe(manifest.version);
    expect(activity.version).toBe(manifest.version);
    expect(manifest.dh.activity).toBe(activity.id);
    expect(activity.build().instruments.map((i) => `${i.kind} ${i.version}`)).toEqual([
      `interview-guide ${manifest.version}`,
      `coding-frame ${manifest.version}`,
      `questionnaire ${manifest.version}`,
    ]);
  });
});
