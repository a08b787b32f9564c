import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityManifestProblems, checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, SURVIVOR_CONVERSATIONS_VERSION, survivorConversationsArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the instrument code generates (run `npm run generate` after changing an instrument)', async () => {
    const files = await survivorConversationsArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/survivor-conversations') : '').toEqual([]);
  });

  it('include a schema and types for every record type, and the English text of the guide, frame and log', async () => {
    const paths = (await survivorConversationsArtefacts()).map((f) => f.path);
    for (const name of ['interview_log', 'coded_segment', 'participation']) {
      expect(paths).toContain(`schema/${name}.schema.json`);
      expect(paths).toContain(`schema/${name}.d.ts`);
    }
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['sc_conversation_guide.opening.no_details']).toMatch(/^You do not need to tell me what happened to you/);
    expect(english['themes.victim_blaming.label']).toBe('Victim-blaming attitudes');
    expect(english['sc_interview_log.support_person_present.label']).toMatch(/^Was a support worker the young person knows present/);
  });
});

describe('the activity version', () => {
  it('is the package version, and the guide, coding frame and log carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(SURVIVOR_CONVERSATIONS_VERSION).toBe(manifest.version);
    expect(activityManifestProblems(activity, manifest)).toEqual([]);
    expect(activity.build().instruments.map((i) => i.kind)).toEqual(['interview-guide', 'coding-frame', 'questionnaire']);
  });
});
