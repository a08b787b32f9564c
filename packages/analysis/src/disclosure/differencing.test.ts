// Suppressing a small cell is worthless if it can be worked out from the cells that are shown
// (girls = all − boys). Each test plays the attacker: it solves for the suppressed levels from
// the published numbers and requires that what it can solve for is never below the threshold.
import type { IndicatorContract } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ID, fixtureActivity, OFFERED } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import type { AnalysisResults, EstimateRow } from '../results/results-schema.js';
import { protectEstimates } from './complementary-estimates.js';
import { DEFAULT_THRESHOLDS } from './disclosure-control.js';

const tempDir = useTempDirs();
const hidden = (r: EstimateRow): boolean => r.flags.includes('suppressed');

interface Recovered {
  readonly indicator: string;
  readonly disaggregation: string;
  /** How many levels the recovered figures cover. */
  readonly levels: number;
  /** Their cases together (or their count, for a count of respondents). */
  readonly size: number;
  /** Their weighted total, when some siblings are shown and each publishes its weighted N. */
  readonly weighted: number | null;
}

/** Everything the published rows give away about the suppressed levels of each disaggregation. */
function solve(rows: readonly EstimateRow[], qualitative: (indicator: string) => boolean): Recovered[] {
  const found: Recovered[] = [];
  for (const overall of rows.filter((r) => r.disaggregation === null && !hidden(r))) {
    const own = rows.filter((r) => r.indicator === overall.indicator && r.disaggregation !== null);
    for (const disaggregation of new Set(own.map((r) => r.disaggregation ?? ''))) {
      const levels = own.filter((r) => r.disaggregation === disaggregation);
      const secret = levels.filter(hidden);
      if (secret.length === 0) continue;
      const shown = levels.filter((r) => !hidden(r));
      const size = (r: EstimateRow): number => (qualitative(r.indicator) ? (r.estimate ?? Number.NaN) : (r.n ?? Number.NaN));
      const weighted =
        overall.weightedN !== null && shown.length > 0 && shown.every((r) => r.weightedN !== null)
          ? overall.weightedN - shown.reduce((s, r) => s + (r.weightedN ?? 0), 0)
          : null;
      found.push({
        indicator: overall.indicator,
        disaggregation,
        levels: secret.length,
        size: size(overall) - shown.reduce((s, r) => s + size(r), 0),
        weighted,
      });
    }
  }
  return found;
}

describe('suppressed cells cannot be solved for from the published numbers', () => {
  it('with 3 girls in the data: no girl cell follows from the overall and the boys', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir, {
      edit: (data) => {
        data.child.forEach((row, i) => (row['sex'] = i < 3 ? 'girl' : 'boy'));
        data.roster.forEach((row, i) => (row['roster_sex'] = i < 3 ? 'girl' : 'boy'));
      },
    });
    const outcome = await analyzeAssessment(dir, { activities: [fixtureActivity()] });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    const results: AnalysisResults = outcome.results;
    const girls = results.estimates.filter((r) => r.level === 'girl');
    expect(girls.length).toBeGreaterThan(0);
    expect(girls.every(hidden)).toBe(true);
    // The fixture has no count of respondents: every size is a number of cases.
    const recovered = solve(results.estimates, () => false);
    expect(recovered.length).toBeGreaterThan(0);
    for (const r of recovered) {
      expect(r, `${r.indicator} by ${r.disaggregation}`).toMatchObject({ weighted: null });
      expect(r.levels, `${r.indicator} by ${r.disaggregation}`).toBeGreaterThanOrEqual(2);
      expect(r.size, `${r.indicator} by ${r.disaggregation}`).toBeGreaterThanOrEqual(results.thresholds.suppressBelow);
    }
    for (const row of results.estimates.filter(hidden))
      expect([row.estimate, row.n, row.weightedN, row.se]).toEqual([null, null, null, null]);
  });

  it('two small levels of three are not left to be solved for together', () => {
    const indicator: IndicatorContract = { ...OFFERED, id: 'offered_unweighted', weighted: false, disaggregations: ['region'] };
    const row = (level: string | null, n: number, estimate: number): EstimateRow => ({
      activity: FIXTURE_ID,
      indicator: indicator.id,
      disaggregation: level === null ? null : 'region',
      level,
      levelLabel: level ?? 'All',
      estimate,
      se: 0.01,
      ciLow: 0,
      ciHigh: 1,
      ciMethod: 'wilson',
      df: null,
      n,
      weightedN: null,
      deff: null,
      nationalCount: null,
      nationalCountLow: null,
      nationalCountHigh: null,
      flags: [],
      notes: [],
    });
    const suppressed = (r: EstimateRow): EstimateRow => ({
      ...r,
      estimate: null,
      se: null,
      ciLow: null,
      ciHigh: null,
      ciMethod: null,
      n: null,
      flags: ['suppressed'],
    });
    // North 3 cases and East 4 are each below 25; the 7 together would follow from All − South.
    const rows = [row(null, 207, 0.2), suppressed(row('north', 3, 1)), suppressed(row('east', 4, 0.5)), row('south', 200, 0.18)];
    const unprotected = solve(rows, () => false);
    expect(unprotected).toEqual([{ indicator: indicator.id, disaggregation: 'region', levels: 2, size: 7, weighted: null }]);
    const published = protectEstimates(rows, [indicator], DEFAULT_THRESHOLDS);
    expect(published.find((r) => r.level === 'south')?.flags).toContain('suppressed');
    for (const r of solve(published, () => false)) expect(r.size).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.suppressBelow);
  });
});
