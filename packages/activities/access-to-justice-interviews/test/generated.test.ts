import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityManifestProblems, checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, ACCESS_TO_JUSTICE_INTERVIEWS_VERSION, accessToJusticeInterviewsArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the instrument code generates (run `npm run generate` after changing an instrument)', async () => {
    const files = await accessToJusticeInterviewsArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/access-to-justice-interviews') : '').toEqual([]);
  });

  it('include a schema and types for every record type, and the English text of the guide, frame and log', async () => {
    const paths = (await accessToJusticeInterviewsArtefacts()).map((f) => f.path);
    for (const name of ['interview_log', 'coded_segment', 'case_journey']) {
      expect(paths).toContain(`schema/${name}.schema.json`);
      expect(paths).toContain(`schema/${name}.d.ts`);
    }
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['aj_interview_guide.opening.assent']).toMatch(/^If you are under 18/);
    expect(english['themes.informal_settlement.label']).toBe('Cases settled outside the justice system');
    expect(english['aj_interview_guide.note.case_journey']).toMatch(
      /^When a child's interview is done, the research team completes the case journey/,
    );
  });
});

describe('the activity version', () => {
  it('is the package version, and the guide, coding frame and log carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(ACCESS_TO_JUSTICE_INTERVIEWS_VERSION).toBe(manifest.version);
    expect(activityManifestProblems(activity, manifest)).toEqual([]);
    expect(activity.build().instruments.map((i) => i.kind)).toEqual(['interview-guide', 'coding-frame', 'questionnaire']);
  });
});
