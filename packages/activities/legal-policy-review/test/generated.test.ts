import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, LEGAL_POLICY_REVIEW_VERSION, legalPolicyReviewArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the checklist code generates (run `npm run generate` after changing it)', async () => {
    const files = await legalPolicyReviewArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/legal-policy-review') : '').toEqual([]);
  });

  it('include the schema and types of provision_review and every English text of the checklist', async () => {
    expect((await legalPolicyReviewArtefacts()).map((f) => f.path)).toEqual([
      'schema/provision_review.schema.json',
      'schema/provision_review.d.ts',
      'translations/en.json',
    ]);
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['legal_policy_checklist.online_grooming.question']).toMatch(/even when no meeting in person is proposed/);
    expect(english['choices.legal_status.unclear']).toMatch(/^The text is ambiguous/);
  });
});

describe('the activity version', () => {
  it('is the package version, and the checklist and its record type carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(LEGAL_POLICY_REVIEW_VERSION).toBe(manifest.version);
    expect(activity.version).toBe(manifest.version);
    expect(manifest.dh.activity).toBe(activity.id);
    const built = activity.build();
    expect(built.instruments.map((i) => i.version)).toEqual([manifest.version]);
    expect(built.recordTypes.map((r) => `${r.instrumentId}@${r.instrumentVersion}`)).toEqual([
      `legal_policy_checklist@${manifest.version}`,
    ]);
  });
});
