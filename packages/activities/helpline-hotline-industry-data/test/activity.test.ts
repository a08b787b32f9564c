import { describe, expect, it } from 'vitest';
import { IssueCatalogue, NOT_AVAILABLE, parseAssessmentConfig, synthesisBounds } from '@dh/core';
import { activity, MEASURES, SUBSETS } from '../src/index.js';
import { assessment } from './fixtures.js';

describe('the helpline-hotline-industry-data activity', () => {
  it('is activity 9, of the aggregate-statistics kind, with its own issue codes and no justice chain', () => {
    expect(activity).toMatchObject({ id: 'helpline-hotline-industry-data', kind: 'aggregate-statistics' });
    const catalogue = IssueCatalogue.of([activity]);
    expect(activity.issues.map((i) => i.code)).toEqual([
      'helpline-hotline-industry-data/parts-exceed-total',
      'helpline-hotline-industry-data/parts-short-of-total',
      'helpline-hotline-industry-data/subset-exceeds-whole',
      'helpline-hotline-industry-data/sudden-jump',
      'helpline-hotline-industry-data/period-outside-reference-years',
      'helpline-hotline-industry-data/overlapping-periods',
      'helpline-hotline-industry-data/partial-year',
      'helpline-hotline-industry-data/source-unnamed',
    ]);
    for (const issue of activity.issues) expect(catalogue.has(issue.code)).toBe(true);
    expect(activity.build().datasetRules.map((r) => r.id)).toEqual([
      'source-named',
      'periods-within-reference-years',
      'period-coverage',
      'parts-within-total',
      'subsets-within-whole',
      'sudden-jumps',
    ]);
  });

  it('holds contacts about OCSEA within all contacts, and reports confirmed within reports received', () => {
    expect(SUBSETS.map((s) => `${s.measure} ⊆ ${s.of}`)).toEqual([
      'helpline_contacts_ocsea ⊆ helpline_contacts',
      'hotline_reports_confirmed ⊆ hotline_reports',
    ]);
    expect(activity.build().datasetRules.find((r) => r.id === 'subsets-within-whole')?.description).toBe(
      'A part is no larger than its whole: contacts about online sexual exploitation and abuse ≤ contacts with the child helpline; reports confirmed as child sexual abuse material ≤ reports received by the hotline.',
    );
  });

  it('takes its reference years and periodicity from assessment.json, and warns where a year has no child population for rates', () => {
    const parsed = parseAssessmentConfig(
      {
        country: 'XA',
        name: 'Examplia',
        languages: ['en'],
        activities: { 'helpline-hotline-industry-data': { version: '0.1.0', settings: { referenceYears: { from: 2019, to: 2021 } } } },
        population: { year: 2021, source: 'Synthetic', childrenByYear: [{ year: 2021, children: 1e6 }] },
      },
      [activity],
    );
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'no number of children for 2019, 2020: rates per 100,000 children of helpline-hotline-industry-data will not be computed for those years',
    ]);
    const reversed = parseAssessmentConfig(
      {
        country: 'XA',
        name: 'Examplia',
        languages: ['en'],
        activities: { 'helpline-hotline-industry-data': { version: '0.1.0', settings: { referenceYears: { from: 2022, to: 2019 } } } },
      },
      [activity],
    );
    expect(reversed.status).toBe('failure');
    expect(activity.scaffold?.settings({ 'last-reference-year': 2022 }, { iso: 'XA', name: 'X', languages: ['en'] })).toEqual({
      referenceYears: { from: 2019, to: 2022 },
    });
  });

  it('synthesises a grid of quarters, measures and breakdowns within the reference years', () => {
    const plan = activity.build(assessment({ referenceYears: { from: 2021, to: 2021 }, periodicity: 'quarter' })).synthesis;
    expect(plan?.sample).toEqual({
      kind: 'grid',
      recordType: 'helpline_hotline_industry_figure',
      axes: [
        { field: 'period', values: ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'] },
        { field: 'measure', values: MEASURES.map((m) => m.id) },
        {
          field: 'breakdown',
          values: [
            'total',
            'girl',
            'boy',
            'sex_other',
            'age_0_9',
            'age_10_13',
            'age_14_17',
            'social_media',
            'messaging',
            'video_live_streaming',
            'online_gaming',
            'cloud_file_sharing',
            'other_service',
          ],
        },
      ],
    });
    expect(plan?.dateRange).toEqual({ from: '2022-01-15', to: '2022-06-30' });
  });

  it('draws synthetic parts no larger than their wholes, in every breakdown, with no tenfold jumps', () => {
    const plan = activity.build().synthesis;
    if (!plan) throw new Error('the activity builds no synthesis plan');
    const bounds = (measure: string, breakdown: string) => synthesisBounds(plan, measure, breakdown);
    for (const breakdown of ['total', 'boy', 'age_0_9'])
      for (const { measure, of } of SUBSETS) {
        const [part, whole] = [bounds(measure, breakdown), bounds(of, breakdown)];
        if (part !== NOT_AVAILABLE && whole !== NOT_AVAILABLE) expect(part.max, `${measure} ${breakdown}`).toBeLessThanOrEqual(whole.min);
      }
    for (const m of MEASURES) {
      const total = bounds(m.id, 'total');
      expect(total !== NOT_AVAILABLE && (total.max < 20 || total.max < 10 * total.min), m.id).toBe(true);
    }
    expect(bounds('helpline_contacts_ocsea', 'girl')).not.toBe(NOT_AVAILABLE);
    expect(bounds('hotline_reports', 'girl')).toBe(NOT_AVAILABLE);
    expect(bounds('content_removed', 'girl')).toBe(NOT_AVAILABLE);
    expect(bounds('content_removed', 'messaging')).not.toBe(NOT_AVAILABLE);
  });
});
