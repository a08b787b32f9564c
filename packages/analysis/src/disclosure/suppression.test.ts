import { describe, expect, it } from 'vitest';
import { fixtureActivity } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import { formatValue } from '../format/number-format.js';
import { renderResults } from '../results/write-results.js';
import type { AnalysisResults } from '../results/results-schema.js';

const tempDir = useTempDirs();

async function analyze(thresholds?: Record<string, number | string>): Promise<AnalysisResults> {
  const dir = tempDir();
  writeFixtureAssessment(dir, thresholds ? { thresholds } : {});
  const outcome = await analyzeAssessment(dir, { activities: [fixtureActivity()] });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  return outcome.results;
}

const NUMBERS = [
  'estimate',
  'se',
  'ciLow',
  'ciHigh',
  'df',
  'n',
  'weightedN',
  'deff',
  'nationalCount',
  'nationalCountLow',
  'nationalCountHigh',
] as const;

/** The cell texts of each body row of one indicator's table in the report. */
function reportRows(html: string, indicator: string): string[][] {
  const article = html.split(`<article id="fixture-survey--${indicator}">`)[1]?.split('</article>')[0] ?? '';
  const body = article.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1] ?? ''));
}

describe('disclosure control', () => {
  it('withholds every number of a cell under 25 cases, in JSON, CSV and HTML alike', async () => {
    const open = await analyze({ suppressBelow: 1, flagBelow: 1, override: 'Test: every cell shown, to know what is hidden' });
    const results = await analyze();
    const hidden = open.estimates.filter((e) => e.indicator === 'told_no_one' && (e.n ?? 0) < 25);
    expect(hidden.length).toBeGreaterThan(0);
    const json = renderResults(results, 'json');
    const csv = renderResults(results, 'csv');
    const html = renderResults(results, 'html');
    for (const cell of hidden) {
      const published = results.estimates.find(
        (e) => e.indicator === cell.indicator && e.disaggregation === cell.disaggregation && e.level === cell.level,
      );
      expect(published?.flags).toContain('suppressed');
      for (const key of NUMBERS) expect(published?.[key], key).toBeNull();
      for (const value of [cell.estimate, cell.se, cell.ciLow, cell.ciHigh]) {
        expect(json).not.toContain(String(value));
        expect(csv).not.toContain(String(value));
      }
      const article = html.split('<article id="fixture-survey--told_no_one">')[1]?.split('</article>')[0] ?? '';
      expect(article).not.toContain(formatValue(cell.estimate ?? 0, 'proportion'));
    }
    const csvRows = csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = csvRows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    for (const line of csvRows.filter((r) => r[col('indicator')] === 'told_no_one')) {
      expect(line[col('suppressed')]).toBe('true');
      for (const name of ['estimate', 'se', 'ci_low', 'ci_high', 'n_unweighted', 'n_weighted', 'deff', 'national_count'])
        expect(line[col(name)], name).toBe('');
    }
    for (const cells of reportRows(html, 'told_no_one')) expect(cells.slice(2)).toEqual(['*', '', '', '', '']);
    expect(html.split('<article id="fixture-survey--told_no_one">')[1]?.split('</article>')[0]).not.toMatch(/<rect/);
  });

  it('shows estimates on 25 to flagBelow − 1 cases in parentheses, flagged', async () => {
    const results = await analyze({ suppressBelow: 25, flagBelow: 1000 });
    const girls = results.estimates.find((e) => e.indicator === 'offered' && e.level === 'girl');
    expect(girls?.flags).toEqual(['low-reliability']);
    expect(girls?.estimate).not.toBeNull();
    const rows = reportRows(renderResults(results, 'html'), 'offered');
    expect(rows.find((cells) => cells[1] === 'Girls')?.[2]).toBe(`(${formatValue(girls?.estimate ?? 0, 'proportion')})`);
    const csv = renderResults(results, 'csv');
    expect(csv).toMatch(/,offered,.*,girl,Girls,.*,false,true,false,false,/);
  });
});
