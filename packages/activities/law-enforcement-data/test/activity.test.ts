import { describe, expect, it } from 'vitest';
import { IssueCatalogue, NOT_AVAILABLE, parseAssessmentConfig, synthesisBounds } from '@dh/core';
import { activity, JUSTICE_CHAIN, MEASURES } from '../src/index.js';
import { assessment } from './fixtures.js';

describe('the law-enforcement-data activity', () => {
  it('is activity 3, of the aggregate-statistics kind, with its own issue codes', () => {
    expect(activity).toMatchObject({ id: 'law-enforcement-data', kind: 'aggregate-statistics' });
    const catalogue = IssueCatalogue.of([activity]);
    expect(activity.issues.map((i) => i.code)).toEqual([
      'law-enforcement-data/parts-exceed-total',
      'law-enforcement-data/parts-short-of-total',
      'law-enforcement-data/justice-chain',
      'law-enforcement-data/sudden-jump',
      'law-enforcement-data/period-outside-reference-years',
      'law-enforcement-data/overlapping-periods',
      'law-enforcement-data/partial-year',
      'law-enforcement-data/source-unnamed',
    ]);
    for (const issue of activity.issues) expect(catalogue.has(issue.code)).toBe(true);
  });

  it('takes its reference years from assessment.json, and warns where a year has no child population for rates', () => {
    const parsed = parseAssessmentConfig(
      {
        country: 'XA',
        name: 'Examplia',
        languages: ['en'],
        activities: { 'law-enforcement-data': { version: '0.1.0', settings: { referenceYears: { from: 2020, to: 2022 } } } },
        population: {
          year: 2021,
          source: 'Synthetic',
          childrenByYear: [
            { year: 2020, children: 1e6 },
            { year: 2021, children: 1e6 },
          ],
        },
      },
      [activity],
    );
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'no number of children for 2022: rates per 100,000 children of law-enforcement-data will not be computed for that year',
    ]);
    const bad = parseAssessmentConfig(
      {
        country: 'XA',
        name: 'Examplia',
        languages: ['en'],
        activities: { 'law-enforcement-data': { version: '0.1.0', settings: { periodicity: 'weekly' } } },
      },
      [activity],
    );
    expect(bad.status).toBe('failure');
    expect(activity.scaffold?.settings({ 'first-reference-year': 2018 }, { iso: 'XA', name: 'X', languages: ['en'] })).toEqual({
      referenceYears: { from: 2018, to: 2021 },
    });
  });

  it('synthesises a grid of years, measures and breakdowns within the reference years', () => {
    const plan = activity.build(assessment({ referenceYears: { from: 2020, to: 2021 } })).synthesis;
    expect(plan?.sample).toEqual({
      kind: 'grid',
      recordType: 'law_enforcement_figure',
      axes: [
        { field: 'period', values: ['2020', '2021'] },
        { field: 'measure', values: MEASURES.map((m) => m.id) },
        { field: 'breakdown', values: ['total', 'girl', 'boy', 'sex_other', 'age_0_9', 'age_10_13', 'age_14_17'] },
      ],
    });
    expect(plan?.dateRange).toEqual({ from: '2022-01-15', to: '2022-06-30' });
  });

  it('draws synthetic totals along the justice chain that step down, in every breakdown, with no tenfold jumps', () => {
    const plan = activity.build().synthesis;
    if (!plan) throw new Error('the activity builds no synthesis plan');
    const bounds = (measure: string, breakdown: string) => synthesisBounds(plan, measure, breakdown);
    for (const breakdown of ['total', 'girl', 'age_14_17'])
      for (let k = 1; k < JUSTICE_CHAIN.length; k++) {
        const [earlier, later] = [bounds(JUSTICE_CHAIN[k - 1] ?? '', breakdown), bounds(JUSTICE_CHAIN[k] ?? '', breakdown)];
        if (earlier !== NOT_AVAILABLE && later !== NOT_AVAILABLE)
          expect(later.max, `${JUSTICE_CHAIN[k]} ${breakdown}`).toBeLessThanOrEqual(earlier.min);
      }
    for (const m of MEASURES) {
      const total = bounds(m.id, 'total');
      expect(total !== NOT_AVAILABLE && (total.max < 20 || total.max < 10 * total.min), m.id).toBe(true);
    }
    expect(bounds('cybertipline_reports', 'girl')).toBe(NOT_AVAILABLE);
  });
});
