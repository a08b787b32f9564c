import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTypesOf, type ActivityDefinition, type Instrument, type InstrumentNode } from '@dh/core';
import { activity as householdSurvey } from '@dh/household-survey';
import { browserTestsRun, launchChromium } from '../test/chromium.js';
import { loadActivities } from './activities.js';
import { runHandbook } from './commands/handbook.js';
import { buildHandbook } from './handbook/build-handbook.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-handbook-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const site = join(scratch, 'site');
const installed = await loadActivities();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.html') && statSync(f).isFile());
}

beforeAll(async () => {
  await runHandbook({ out: site, assessment: 'examples/xa', language: 'fr' }, loadActivities, repo);
}, 120_000);

describe('the handbook, generated from the activities', () => {
  it('has a chapter per activity and a page per instrument and per indicator', () => {
    for (const activity of installed) {
      expect(existsSync(join(site, `activities/${activity.id}.html`)), activity.id).toBe(true);
      const built = activity.build();
      for (const instrument of built.instruments)
        expect(existsSync(join(site, `activities/${activity.id}/${instrument.id}.html`)), instrument.id).toBe(true);
      for (const indicator of built.indicators)
        expect(existsSync(join(site, `activities/${activity.id}/indicators/${indicator.id}.html`)), indicator.id).toBe(true);
    }
    const indicator = readFileSync(join(site, 'activities/household-survey/indicators/ocsea_threatened.html'), 'utf8');
    expect(indicator).toContain('caregiver_consent is &quot;yes&quot; and child_assent is &quot;yes&quot;');
    expect(indicator).toContain('Accepts instrument versions');
    const guides = readFileSync(join(site, 'index.html'), 'utf8');
    expect(guides).toContain('guides/research-leads.html');
    expect(readFileSync(join(site, 'activities/household-survey/child_interview.html'), 'utf8')).toContain('English and fr side by side');
    // Built for XA: its strata, not the published example ones; every field of the results format, nullable ones too.
    const screener = readFileSync(join(site, 'activities/household-survey/household_screener.html'), 'utf8');
    expect(screener).toContain('north_urban');
    expect(screener).not.toContain('region_a_urban');
    expect(readFileSync(join(site, 'reference/results.html'), 'utf8')).toContain('<code>assessment.population.year</code>');
    // Search finds every variable of a long codebook, the last as well as the first.
    const index = readFileSync(join(site, 'assets/search-index.js'), 'utf8');
    const child =
      householdSurvey
        .build()
        .recordTypes.find((r) => r.name === 'child')
        ?.fields.map((f) => f.name) ?? [];
    const entry = /\{"path":"activities\/household-survey\/child_interview.html"[^}]*\}/.exec(index)?.[0] ?? '';
    for (const name of [child[0], child.at(-1)]) expect(entry).toContain(` ${name ?? 'none'} `);
  });

  it('resolves every internal link and anchor, and loads no resource from outside the site', () => {
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(60);
    const problems: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let found = ids.get(file);
      if (!found) {
        found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
        ids.set(file, found);
      }
      return found;
    };
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const where = relative(site, file);
      for (const m of html.matchAll(/<(link|script|img)\b[^>]*\s(?:href|src)="([^"]*)"/g))
        if (/^[a-z]+:/i.test(m[2] ?? '') || (m[2] ?? '').startsWith('//')) problems.push(`${where}: <${m[1]}> loads ${m[2]}`);
      if (/url\(\s*['"]?(https?:)?\/\//.test(html)) problems.push(`${where}: a style loads a URL`);
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const href = (m[1] ?? '').replaceAll('&amp;', '&');
        if (/^(https?|mailto):/.test(href)) continue;
        const [path = '', anchor] = href.split('#');
        const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
        if (!existsSync(target)) problems.push(`${where}: ${href} does not exist`);
        else if (anchor !== undefined && anchor !== '' && !idsOf(target).has(decodeURIComponent(anchor)))
          problems.push(`${where}: ${href} has no such anchor`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('states what the code does: a label changed in an activity is what its rebuilt page says', async () => {
    const relabel = (nodes: readonly InstrumentNode[]): InstrumentNode[] =>
      nodes.map((n) =>
        n.kind === 'question'
          ? n.name === 'age' && n.label
            ? { ...n, label: { ...n.label, en: 'How old were you on your last birthday? (handbook test)' } }
            : n
          : { ...n, children: relabel(n.children) },
      );
    const changed: ActivityDefinition = {
      ...householdSurvey,
      build: (config) => {
        const built = householdSurvey.build(config);
        const instruments = built.instruments.map((i) =>
          i.kind === 'questionnaire' ? ({ ...i, children: relabel(i.children) } as Instrument) : i,
        );
        // Record types follow their questions, as recordTypesOf makes them from the changed instrument.
        const asked = instruments.flatMap((i) => (i.kind === 'questionnaire' ? recordTypesOf(i) : []));
        const recordTypes = built.recordTypes.map((r) => ({
          ...r,
          fields: r.fields.map((f) => asked.find((t) => t.name === r.name)?.fields.find((a) => a.name === f.name) ?? f),
        }));
        return { ...built, instruments, recordTypes };
      },
    };
    const before = readFileSync(join(site, 'activities/household-survey/child_interview.html'), 'utf8');
    expect(before).not.toContain('(handbook test)');
    const out = join(scratch, 'relabelled');
    await buildHandbook({ activities: [changed], packageDirs: new Map(), published: () => [] }, out);
    expect(readFileSync(join(out, 'activities/household-survey/child_interview.html'), 'utf8')).toContain(
      'How old were you on your last birthday? (handbook test)',
    );
  });

  it.runIf(browserTestsRun('the handbook in Chromium'))(
    'renders the start page and an instrument page in Chromium from file://, without console errors, and searches offline',
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
        await page.goto(pathToFileURL(join(site, 'index.html')).href);
        await page.fill('#search', 'threatened');
        await expect.poll(() => page.locator('#search-results a').count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(scratch, 'start.png'), fullPage: true });
        await page.goto(pathToFileURL(join(site, 'activities/household-survey/child_interview.html')).href);
        expect(await page.locator('h1').first().textContent()).toContain('household survey: child interview');
        await page.screenshot({ path: join(scratch, 'instrument.png') });
        expect(errors).toEqual([]);
        expect(statSync(join(scratch, 'instrument.png')).size).toBeGreaterThan(10_000);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
