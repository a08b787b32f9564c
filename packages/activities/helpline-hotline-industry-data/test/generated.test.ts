import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { activity, HELPLINE_HOTLINE_INDUSTRY_DATA_VERSION, helplineHotlineIndustryDataArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the committed generated files', () => {
  it('match what the declaration generates (run `npm run generate -w @dh/helpline-hotline-industry-data` after changing it)', async () => {
    const files = await helplineHotlineIndustryDataArtefacts();
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift, drift.length > 0 ? describeDrift(drift, 'npm run generate -w @dh/helpline-hotline-industry-data') : '').toEqual([]);
  });

  it('hold the record schema, its types and every English text of the request', async () => {
    expect((await helplineHotlineIndustryDataArtefacts()).map((f) => f.path)).toEqual([
      'schema/helpline_hotline_industry_figure.schema.json',
      'schema/helpline_hotline_industry_figure.d.ts',
      'translations/en.json',
    ]);
    const english = JSON.parse(readFileSync(new URL('../translations/en.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(english['helpline_hotline_industry_request.measures.helpline_contacts_ocsea.caveat']).toMatch(
      /they are not victims, cases or prevalence/,
    );
    expect(english['helpline_hotline_industry_request.sheets.industry']).toBe("Technology companies' transparency reports");
    expect(english['choices.contact_reason.unwanted_sexual_content']).toBe('Unwanted sexual messages, images or comments');
    expect(english['choices.platform_type.online_gaming']).toBe('Online gaming');
  });
});

describe('the activity version', () => {
  it('is the package version, and the request and record type carry it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      dh: { activity: string };
    };
    expect(HELPLINE_HOTLINE_INDUSTRY_DATA_VERSION).toBe(manifest.version);
    expect(activity.version).toBe(manifest.version);
    expect(manifest.dh.activity).toBe(activity.id);
    const built = activity.build();
    expect(built.instruments.map((i) => i.version)).toEqual([manifest.version]);
    expect(built.recordTypes.map((r) => r.instrumentVersion)).toEqual([manifest.version]);
  });
});
