import { describe, expect, it } from 'vitest';
import { evaluate, referencedNames, type CountTableContract, type RecordValues, type TimeSeriesContract } from '@dh/core';
import { activity } from '../src/index.js';
import { GOOD_FIGURE } from './fixtures.js';

const built = activity.build();
const trend = (id: string) => built.tables.find((t) => t.id === id) as TimeSeriesContract;
const count = (id: string) => built.tables.find((t) => t.id === id) as CountTableContract;
const universe = (t: TimeSeriesContract | CountTableContract, r: RecordValues) => t.universe === undefined || evaluate(t.universe, r);

describe('the law-enforcement tables', () => {
  it('are the trends and breakdowns the national report publishes', () => {
    expect(built.tables.map((t) => [t.id, t.outputKind])).toEqual([
      ['cybertipline_reports_per_year', 'time-series'],
      ['justice_chain_per_year', 'time-series'],
      ['victims_identified_per_year', 'time-series'],
      ['cases_by_offence', 'count-table'],
      ['convictions_by_offence', 'count-table'],
      ['cases_by_sex', 'count-table'],
      ['cases_by_age', 'count-table'],
      ['cases_by_age_per_100000', 'count-table'],
      ['victims_by_sex', 'count-table'],
      ['victims_by_age', 'count-table'],
      ['victims_by_age_per_100000', 'count-table'],
    ]);
  });

  it("each carry their measures' caveats and name their sources", () => {
    expect(trend('cybertipline_reports_per_year').caveat).toMatch(/^CyberTipline reports are referrals.*not victims, cases or prevalence/);
    expect(trend('cybertipline_reports_per_year').definition).toMatch(/Sources: NCMEC CyberTipline/);
    const chain = trend('justice_chain_per_year');
    for (const label of ['OCSEA cases recorded:', 'Suspects arrested:', 'Cases prosecuted:', 'Cases with a conviction:'])
      expect(chain.caveat).toContain(label);
    expect(chain.sourceFields).toEqual(['organisation', 'document', 'retrieved']);
    expect(chain.definition).toMatch(/Sources: National police and specialised units; Prosecution services and courts/);
    for (const t of built.tables) {
      expect(t.caveat, t.id).toMatch(/\bnot\b/);
      expect(t.definition, t.id).toMatch(/Sources: /);
    }
  });

  it('give rates per 100,000 children and attrition along the justice chain', () => {
    const chain = trend('justice_chain_per_year');
    expect(chain.ratePer100000Children).toBe(true);
    expect(chain.ratios?.map((r) => `${r.id}: ${r.numerator}/${r.denominator}`)).toEqual([
      'prosecutions_per_case: prosecutions/cases_recorded',
      'convictions_per_prosecution: convictions/prosecutions',
      'convictions_per_case: convictions/cases_recorded',
    ]);
    expect(chain.definition).toMatch(/per 100,000 children under 18 in the same year \(assessment\.json population\.childrenByYear\)/);
  });

  it('add up per year only the totals, over every source, quarters into their year', () => {
    const rows: RecordValues[] = [
      { ...GOOD_FIGURE, period: '2021-Q1', value: '100' },
      { ...GOOD_FIGURE, period: '2021-Q2', value: '120' },
      { ...GOOD_FIGURE, organisation: 'Cybercrime Unit', period: '2021', value: '40' },
      { ...GOOD_FIGURE, period: '2021', breakdown: 'girl', value: '60' },
      { ...GOOD_FIGURE, period: '2021', category: 'csam', value: '70' },
      { ...GOOD_FIGURE, period: '2021', measure: 'prosecutions', value: '55' },
    ];
    const chain = trend('justice_chain_per_year');
    const total = (series: string) =>
      rows
        .filter(
          (r) => universe(chain, r) && evaluate(chain.series.find((s) => s.id === series)?.when ?? { kind: 'literal', value: false }, r),
        )
        .reduce((s, r) => s + Number(r['value']), 0);
    expect([total('cases_recorded'), total('prosecutions'), total('convictions')]).toEqual([260, 55, 0]);
  });

  it('break down by sex and age reading the breakdown the disclosure policy protects, and by offence reading what it does not', () => {
    expect(activity.disclosure).toMatchObject({ case: 'reported-count', identifying: ['breakdown'] });
    const reads = (id: string) => {
      const rows = count(id).rows;
      return rows.kind === 'levels' ? [...new Set(rows.levels.flatMap((l) => referencedNames(l.when)))] : [rows.field];
    };
    expect(['cases_by_sex', 'cases_by_age', 'victims_by_sex', 'victims_by_age'].map(reads)).toEqual([
      ['breakdown'],
      ['breakdown'],
      ['breakdown'],
      ['breakdown'],
    ]);
    expect(reads('cases_by_offence')).toEqual(['category']);
    const bySex = count('cases_by_sex');
    const girls = bySex.rows.kind === 'levels' ? bySex.rows.levels[0] : undefined;
    const rows: RecordValues[] = [
      { ...GOOD_FIGURE, breakdown: 'girl', value: '3' },
      { ...GOOD_FIGURE, breakdown: 'girl', category: 'grooming', value: '2' },
      { ...GOOD_FIGURE, breakdown: 'girl', measure: 'victims_identified', value: '4' },
    ];
    expect(rows.filter((r) => universe(bySex, r) && girls !== undefined && evaluate(girls.when, r)).map((r) => r['value'])).toEqual(['3']);
    expect(bySex.sum).toBe('value');
  });
});
