import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, LAW_ENFORCEMENT_DATA_VERSION, lawEnforcementDataArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the declaration generates (run `npm run generate -w @dh/law-enforcement-data` after changing it)', async () => {
    const files = await lawEnforcementDataArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/law-enforcement-data') : '').toEqual([]);
  });

  it('hold the record schema, its types and every English text of the request', async () => {
    expect((await lawEnforcementDataArtefacts()).map((f) => f.path)).toEqual([
      'schema/law_enforcement_figure.schema.json',
      'schema/law_enforcement_figure.d.ts',
      'translations/en.json',
    ]);
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['law_enforcement_request.measures.cybertipline_reports.caveat']).toMatch(
      /^CyberTipline reports are referrals, mostly from US technology companies: they are not victims, cases or prevalence\./,
    );
    expect(english['choices.offence.grooming']).toBe('Online grooming (soliciting a child for sexual purposes)');
  });
});

describe('the activity version', () => {
  it('is the package version, and the request and record type carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(LAW_ENFORCEMENT_DATA_VERSION).toBe(manifest.version);
    expect(activity.version).toBe(manifest.version);
    expect(manifest.dh.activity).toBe(activity.id);
    const built = activity.build();
    expect(built.instruments.map((i) => i.version)).toEqual([manifest.version]);
    expect(built.recordTypes.map((r) => r.instrumentVersion)).toEqual([manifest.version]);
  });
});
