import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { AssessmentConfigSchema } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { renderValidatorPage, scriptText, type PageSettings } from '../src/index.js';

const HOSTILE_NAME = 'Aurelia</script><script>alert(1)</script><!--';

function settings(name: string): PageSettings {
  const config = AssessmentConfigSchema.parse({ country: 'XA', name, languages: ['en'], activities: {} });
  return {
    toolVersion: '0.1.0',
    config,
    configLabel: `assessment.json of ${name}, built into this page`,
    activities: [{ id: 'household-survey', version: '0.1.0', title: 'Household survey' }],
    examplesPerCode: 20,
  };
}

/** Every `<script …>…</script>` element as a browser's tokeniser splits them (the first `</script` ends one). */
function scriptElements(html: string): { attributes: string; body: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script/gi)].map((m) => ({ attributes: m[1] ?? '', body: m[2] ?? '' }));
}

describe('the validator page', () => {
  const html = renderValidatorPage(settings(HOSTILE_NAME));
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&apos;', "'") ?? '';

  it('forbids every connection: nothing is fetched or sent, by policy', () => {
    expect(policy.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", "base-uri 'none'", "form-action 'none'"]));
    expect(policy).not.toMatch(/connect-src|https?:|data:|\*/);
    expect(html).not.toMatch(/<(link|img|iframe)[^>]+(src|href)="(https?:)?\/\//i);
  });

  it('runs only its own script, allowed by its hash, and keeps the data it builds in inert', () => {
    const scripts = scriptElements(html);
    expect(scripts.map((s) => s.attributes.trim())).toEqual([
      'type="application/json" id="dh-settings"',
      'type="text/plain" id="dh-worker"',
      '',
    ]);
    const [, worker, page] = scripts;
    const hash = createHash('sha256')
      .update(page?.body ?? '')
      .digest('base64');
    expect(policy).toContain(`'sha256-${hash}'`);
    // Nothing is evaluated from text, in the page or its worker (which inherits the policy): the
    // Chromium tests in the CLI run every activity's checks, refused values included, under it.
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).not.toMatch(/unsafe/);
    // Both scripts still compile after being made safe to inline.
    expect(() => new Script(worker?.body ?? '')).not.toThrow();
    expect(() => new Script(page?.body ?? '')).not.toThrow();
  });

  it('carries a hostile country name as data, never as markup or script', () => {
    const [settingsElement] = scriptElements(html);
    expect((JSON.parse(settingsElement?.body ?? '') as PageSettings).config.name).toBe(HOSTILE_NAME);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Aurelia&lt;/script&gt;');
  });

  it('makes script text safe to inline without changing what it does', () => {
    const code = 'var a = "</script><!--"; var b = /<\\/script/i.test(a) && /<!--/u.test(a) && `<!--${a}` === "<!--" + a;';
    const safe = scriptText(code);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    const run = (source: string) => new Script(`${source}; [a, b]`).runInNewContext() as unknown[];
    expect(run(safe)).toEqual(run(code));
  });
});

describe('a page for an activity version its worker was not compiled with', () => {
  it('is refused, naming the version it carries', () => {
    const wrong = { ...settings('Aurelia'), activities: [{ id: 'household-survey', version: '9.0.0', title: 'Household survey' }] };
    expect(() => renderValidatorPage(wrong)).toThrow(/carries household-survey 0\.1\.0, not household-survey 9\.0\.0/);
  });
});
