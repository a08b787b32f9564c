import { describe, expect, it } from 'vitest';
import { q } from '@dh/core';
import { fixtureActivity, FIXTURE_INDICATORS, OFFERED } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import type { FixtureData } from '../../test/support/fixture-data.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import type { AnalysisResults } from '../results/results-schema.js';
import { localRelevance, rowTreatment, DONT_KNOW, MISSING, REFUSED } from './missing-answers.js';

const tempDir = useTempDirs();

async function offeredWith(dontKnow: 'exclude' | 'count-as-no' | 'count-as-yes'): Promise<{ results: AnalysisResults; data: FixtureData }> {
  const dir = tempDir();
  const data = writeFixtureAssessment(dir);
  const contract = { ...OFFERED, missing: { ...OFFERED.missing, dontKnow } };
  const outcome = await analyzeAssessment(dir, { activities: [fixtureActivity({ indicators: [contract] })] });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  return { results: outcome.results, data };
}

const overall = (results: AnalysisResults) => results.estimates.find((e) => e.disaggregation === null);

/** Weighted sums of the children by answer to "offered". */
function weightByAnswer(data: FixtureData): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const c of data.child) sums[c['offered'] ?? ''] = (sums[c['offered'] ?? ''] ?? 0) + Number(c['weight']);
  return sums;
}

describe('the missing treatment a contract states', () => {
  it('moves the estimate as each treatment of "don\'t know" says, refusals staying excluded', async () => {
    const excluded = await offeredWith('exclude');
    const asNo = await offeredWith('count-as-no');
    const asYes = await offeredWith('count-as-yes');
    const w = weightByAnswer(excluded.data);
    const [yes, no, dk] = [w['yes'] ?? 0, w['no'] ?? 0, w['dont_know'] ?? 0];
    expect(overall(excluded.results)?.estimate).toBeCloseTo(yes / (yes + no), 12);
    expect(overall(asNo.results)?.estimate).toBeCloseTo(yes / (yes + no + dk), 12);
    expect(overall(asYes.results)?.estimate).toBeCloseTo((yes + dk) / (yes + no + dk), 12);
    const dontKnows = excluded.data.child.filter((c) => c['offered'] === 'dont_know').length;
    expect(overall(asNo.results)?.n).toBe((overall(excluded.results)?.n ?? 0) + dontKnows);
    expect(excluded.results.indicators[0]?.missingApplied?.excluded).toBe(
      dontKnows + excluded.data.child.filter((c) => c['offered'] === 'refused').length,
    );
    expect(asYes.results.indicators[0]?.missingApplied?.countedAsYes).toBe(dontKnows);
  });

  it('counts an unanswered question as missing only where it was asked', async () => {
    const dir = tempDir();
    const data = writeFixtureAssessment(dir, {
      thresholds: { suppressBelow: 5, flagBelow: 10, override: 'Test: small fixture, every cell shown' },
    });
    const outcome = await analyzeAssessment(dir, {
      activities: [fixtureActivity({ indicators: FIXTURE_INDICATORS.filter((i) => i.id === 'told_no_one') })],
    });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    const offered = data.child.filter((c) => c['offered'] === 'yes');
    const refused = offered.filter((c) => (c['told'] ?? '').split(' ').includes('refused')).length;
    // "told" is asked only of children offered money: the others' empty answers are not missing.
    expect(overall(outcome.results)?.n).toBe(offered.length - refused);
    expect(outcome.results.indicators[0]?.missingApplied).toEqual({ excluded: refused, countedAsNo: 0, countedAsYes: 0 });
  });

  it('lets a substantive yes decide an "any of" numerator whatever the treatment of other items', () => {
    expect(rowTreatment({ dontKnow: 'exclude', refused: 'count-as-no', missing: 'exclude', note: '' }, DONT_KNOW | REFUSED)).toBe(
      'exclude',
    );
    expect(rowTreatment({ dontKnow: 'count-as-yes', refused: 'count-as-no', missing: 'exclude', note: '' }, DONT_KNOW | REFUSED)).toBe(
      'yes',
    );
    expect(rowTreatment({ dontKnow: 'count-as-no', refused: 'count-as-no', missing: 'count-as-no', note: '' }, MISSING)).toBe('no');
    expect(rowTreatment({ dontKnow: 'exclude', refused: 'exclude', missing: 'exclude', note: '' }, 0)).toBe('as-is');
  });

  it('keeps only the part of a relevance the record itself can evaluate', () => {
    const relevance = { kind: 'and' as const, operands: [q('screener_consent').eq('yes'), q('roster_age').ge(12)] };
    expect(localRelevance(relevance, new Set(['roster_age']))).toEqual({ kind: 'and', operands: [q('roster_age').ge(12)] });
    expect(localRelevance({ kind: 'or', operands: relevance.operands }, new Set(['roster_age']))).toBeUndefined();
  });
});
