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

  it('when asked for, are those with no identifier, a few per shown theme, attributed to no one', async () => {
    const results = await analysed(true);
    const excerpts = results.excerpts ?? [];
    expect(new Set(excerpts.map((x) => x.activity))).toEqual(new Set(INTERVIEWS));
    for (const activity of INTERVIEWS) {
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
    expect(excerpts.some((x) => x.text.includes('the platform answered our request'))).toBe(true);
    // The planted excerpt comes first in its theme, which is shown: the identifier scan, not the order, kept it out.
    const planted = readFileSync(join(example, 'data/law-enforcement-interviews/coded_segment.csv'), 'utf8').split('\n')[1]?.split(',')[1];
    expect(excerpts.filter((x) => x.activity === 'law-enforcement-interviews' && x.theme === planted).length).toBeGreaterThan(0);
    const json = renderResults(results, 'json');
    expect(json).not.toContain('Kamau');
    expect(json).not.toMatch(/LE-0\d\d/);
    const html = renderResults(results, 'html');
    expect(html).toContain('<h3>Excerpts</h3>');
    expect(html).toContain(
      '<blockquote>By the time the platform answered our request, the account had been deleted and the chats were gone.</blockquote>',
    );
    expect(html).not.toContain('Kamau');
  });

  it('are asked for with dh analyze --excerpts, which says how many it published', () => {
    const run = runCli(['analyze', '--help']);
    expect(run.stdout).toMatch(/--excerpts +publish short excerpts of coded segments by theme/);
  });
});
