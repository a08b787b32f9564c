import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Comparison } from '@dh/analysis';
import { runCompare } from './commands/compare.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-harmonise-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** XB's estimates on XA's population (ages 12–17), made by packages/cli/test/r/harmonise-reference.R with R `survey`. */
const R = JSON.parse(readFileSync(join(repo, 'packages/cli/test/fixtures/harmonise-r-reference.json'), 'utf8')) as Record<
  string,
  { estimate: number; ciLow: number; ciHigh: number; n: number }
>;

async function compare(dirs: string[], harmonise: boolean, name: string): Promise<{ comparison: Comparison; csv: string; html: string }> {
  const out = join(scratch, name);
  await runCompare(dirs, { harmonise, out, format: 'json,csv,html' }, undefined, repo);
  const read = (file: string): string => readFileSync(join(out, file), 'utf8');
  return { comparison: JSON.parse(read('comparison.json')) as Comparison, csv: read('comparison.csv'), html: read('comparison.html') };
}

const surveyCells = (comparison: Comparison, country: string) =>
  comparison.rows
    .filter((r) => r.activity === 'household-survey')
    .map((r) => ({ row: r, cell: r.cells.find((c) => c.country === country) }));

describe('dh compare --harmonise: XB (ages 9–17) beside XA (ages 12–17)', () => {
  it('re-estimates XB on ages 12–17 from its own data, as R survey does on the restricted design, and labels it', async () => {
    const { comparison, csv, html } = await compare(['examples/xa', 'examples/xb'], true, 'harmonised');
    for (const indicator of ['ocsea_threatened', 'internet_use_all_children']) {
      const cell = surveyCells(comparison, 'XB').find(({ row }) => row.indicator === indicator && row.disaggregation === null)?.cell;
      const expected = R[indicator];
      if (!cell || !expected) throw new Error(`no ${indicator}`);
      expect(cell.comparable).toBe(true);
      expect(cell.estimate).toBeCloseTo(expected.estimate, 9);
      expect(cell.ciLow).toBeCloseTo(expected.ciLow, 9);
      expect(cell.ciHigh).toBeCloseTo(expected.ciHigh, 9);
      expect(cell.n).toBe(expected.n);
    }
    const label = "harmonised: re-estimated from XB's own data on XA's population, ages surveyed 12–17 (XB: 9–17)";
    // Caregivers are asked whatever the selected child's age: their indicators cannot be narrowed, and stay apart.
    const [caregivers, children] = [
      surveyCells(comparison, 'XB').filter(({ row }) => row.indicator.startsWith('caregiver_')),
      surveyCells(comparison, 'XB').filter(({ row }) => !row.indicator.startsWith('caregiver_')),
    ];
    expect(caregivers.length).toBeGreaterThan(0);
    for (const { cell } of caregivers) {
      expect(cell).toMatchObject({ comparable: false, estimate: null });
      expect(cell?.reason).toContain('not harmonised: its universe does not depend on ages surveyed');
      expect(cell?.harmonised).toBeUndefined();
    }
    expect(children.every(({ cell }) => cell?.comparable === true && cell.harmonised === label)).toBe(true);
    expect(surveyCells(comparison, 'XA').every(({ cell }) => cell?.harmonised === undefined)).toBe(true);
    const xb = comparison.countries.find((c) => c.country === 'XB')?.activities.find((a) => a.id === 'household-survey');
    expect(xb).toMatchObject({
      harmonised: label,
      refusal: null,
      parameters: expect.arrayContaining([{ id: 'age-range', title: 'Ages surveyed', value: '12–17' }]),
    });
    // The age bands are XA's: the 9–11 band is not there to compare.
    expect(surveyCells(comparison, 'XB').some(({ row }) => row.level === '9_11')).toBe(false);
    const lines = csv.split(/\r?\n/);
    expect(lines[0]?.endsWith(',harmonised')).toBe(true);
    expect(lines.filter((l) => l.startsWith('household-survey,') && l.includes(',XB,true,') && l.endsWith(`,"${label}"`))).toHaveLength(
      children.length,
    );
    expect(html).toContain('<small title="harmonised: re-estimated');
  }, 60_000);

  it('without --harmonise, keeps the refusal', async () => {
    const { comparison } = await compare(['examples/xa', 'examples/xb'], false, 'plain');
    expect(surveyCells(comparison, 'XB').every(({ cell }) => cell?.comparable === false && cell.harmonised === undefined)).toBe(true);
    expect(surveyCells(comparison, 'XB')[0]?.cell?.reason).toBe('Ages surveyed: XB 9–17, XA 12–17; not comparable.');
  }, 60_000);

  it('refuses, saying why, where the data do not allow it: a narrower country, or another internet-user recall period', async () => {
    const reversed = await compare(['examples/xb', 'examples/xa'], true, 'reversed');
    expect(surveyCells(reversed.comparison, 'XA')[0]?.cell?.reason).toBe(
      "Ages surveyed: XA 12–17, XB 9–17; not comparable. Not harmonised: XA's ages 12–17 do not include XB's 9–17: only a country whose ages include the reference's is re-estimated (name XA first, as the reference, to harmonise the other way).",
    );

    const recall = join(scratch, 'xb-recall');
    cpSync(join(repo, 'examples/xb'), recall, { recursive: true });
    const file = join(recall, 'assessment.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as { activities: Record<string, { settings: Record<string, unknown> }> };
    const survey = config.activities['household-survey'];
    if (!survey) throw new Error('no survey');
    survey.settings['internetUser'] = { recallMonths: 12, definition: 'used the internet in the past 12 months' };
    writeFileSync(file, JSON.stringify(config));
    const { comparison } = await compare([join(repo, 'examples/xa'), recall], true, 'recall');
    const reason = surveyCells(comparison, 'XB')[0]?.cell?.reason ?? '';
    expect(reason).toContain('Not harmonised:');
    expect(reason).toContain(
      "XB's children were asked whether they used the internet within 12 months only: its data cannot tell who used it within 3 months.",
    );
    expect(surveyCells(comparison, 'XB').every(({ cell }) => cell?.comparable === false)).toBe(true);
  }, 60_000);
});
