// Excerpts of coded interviews reach the results only when the research lead asks
// (dh analyze --excerpts), and then only those the identifier scan finds nothing in, for
// themes whose count is shown, with nothing that says whose interview they come from.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeAssessment, renderResults, type AnalysisResults } from '@dh/analysis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';
import { runCli } from '../test/run-cli.js';

const INTERVIEWS = ['law-enforcement-interviews', 'duty-bearer-interviews', 'access-to-justice-interviews', 'survivor-conversations'];
const LEAK = 'Sgt. Kamau at 0712 345 678 said the file was lost.';
const root = mkdtempSync(join(tmpdir(), 'dh-excerpts-'));
const example = join(root, 'xa');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  cpSync(new URL('../../../examples/xa', import.meta.url).pathname, example, { recursive: true });
  // One excerpt of the law-enforcement interviews names an officer and a phone number.
  const file = join(example, 'data/law-enforcement-interviews/coded_segment.csv');
  const lines = readFileSync(file, 'utf8').trimEnd().split(/\r?\n/);
  const [code, theme, version] = (lines[1] ?? '').split(',');
  writeFileSync(file, [lines[0], `${code},${theme},${version},"${LEAK}"`, ...lines.slice(1)].join('\n') + '\n');
});

async function analysed(excerpts: boolean): Promise<AnalysisResults> {
  const activities = (await loadActivities()).filter((a) => INTERVIEWS.includes(a.id));
  // The planted excerpt is a validation error: analysed anyway, as a lead might with --allow-errors.
  const outcome = await analyzeAssessment(example, { activities, excerpts, allowErrors: true });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  return outcome.results;
}

describe('excerpts', () => {
  it('appear in no output unless asked for', async () => {
    const results = await analysed(false);
    expect(results.excerpts).toBeUndefined();
    const all = [renderResults(results, 'json'), renderResults(results, 'csv'), renderResults(results, 'html')].join('\n');
    expect(all).not.toContain('the platform answered our request');
    expect(all).not.toContain('Kamau');
  });

  it('when asked for, are a few per shown theme, attributed to no one, and only from data that passed validation', async () => {
    const results = await analysed(true);
    const excerpts = results.excerpts ?? [];
    // The law-enforcement interviews hold the planted identifier, a validation error: none of their excerpts is published.
    const clean = INTERVIEWS.filter((id) => id !== 'law-enforcement-interviews');
    expect(new Set(excerpts.map((x) => x.activity))).toEqual(new Set(clean));
    expect(results.problems.map((p) => `${p.activity}: ${p.message}`)).toContain(
      'law-enforcement-interviews: no excerpts published: the data in data/law-enforcement-interviews/ have validation errors, and excerpts are published only from data that pass.',
    );
    for (const activity of clean) {
      const themes = new Map<string, number>();
      for (const x of excerpts.filter((e) => e.activity === activity)) themes.set(x.theme, (themes.get(x.theme) ?? 0) + 1);
      expect(
        [...themes.values()].every((n) => n <= 3),
        activity,
      ).toBe(true);
      // Only themes whose count of interviews a table shows.
      const shown = new Set(
        results.tables
          .filter((t) => t.activity === activity && t.outputKind === 'count-table')
          .flatMap((t) =>
            t.cells.filter((c) => c.column === '_total' && !c.flags.includes('suppressed') && (c.value ?? 0) > 0).map((c) => c.row),
          ),
      );
      expect(
        [...themes.keys()].every((t) => shown.has(t)),
        activity,
      ).toBe(true);
    }
    expect(excerpts.every((x) => x.text.length <= 300)).toBe(true);
    const json = renderResults(results, 'json');
    expect(json).not.toContain('Kamau');
    expect(json).not.toMatch(/"(AJ|DB|SC)-\d{3}"/);
    const html = renderResults(results, 'html');
    expect(html).toContain('<h3>Excerpts</h3>');
    expect(html).toMatch(/<blockquote>[^<]{10,}<\/blockquote>/);
    expect(html).not.toContain('Kamau');
  });

  it('are asked for with dh analyze --excerpts, which says how many it published', () => {
    const run = runCli(['analyze', '--help']);
    expect(run.stdout).toMatch(/--excerpts +publish short excerpts of coded segments by theme/);
  });
});
