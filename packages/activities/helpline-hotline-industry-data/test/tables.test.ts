import { describe, expect, it } from 'vitest';
import { evaluate, referencedNames, type CountTableContract, type RecordValues, type TimeSeriesContract } from '@dh/core';
import { activity } from '../src/index.js';
import { GOOD_FIGURE } from './fixtures.js';

const built = activity.build();
const trend = (id: string) => built.tables.find((t) => t.id === id) as TimeSeriesContract;
const count = (id: string) => built.tables.find((t) => t.id === id) as CountTableContract;
const universe = (t: TimeSeriesContract | CountTableContract, r: RecordValues) => t.universe === undefined || evaluate(t.universe, r);

describe('the helpline, hotline and industry tables', () => {
  it('are the trends and breakdowns the national report publishes', () => {
    expect(built.tables.map((t) => [t.id, t.outputKind])).toEqual([
      ['helpline_contacts_per_year', 'time-series'],
      ['hotline_reports_per_year', 'time-series'],
      ['industry_per_year', 'time-series'],
      ['ocsea_contacts_by_reason', 'count-table'],
      ['ocsea_contacts_by_sex', 'count-table'],
      ['ocsea_contacts_by_age', 'count-table'],
      ['ocsea_contacts_by_age_per_100000', 'count-table'],
      ['platform_reports_by_service', 'count-table'],
      ['accounts_actioned_by_service', 'count-table'],
      ['content_removed_by_service', 'count-table'],
    ]);
  });

  it("each carry their measures' caveats and name their sources", () => {
    const helpline = trend('helpline_contacts_per_year');
    expect(helpline.caveat).toMatch(/^Contacts with the child helpline: Contacts are not children or cases/);
    expect(helpline.caveat).toMatch(/Contacts about online sexual exploitation and abuse: .*not victims, cases or prevalence/);
    expect(helpline.definition).toMatch(/Sources: Child helplines, as named/);
    expect(trend('industry_per_year').definition).toMatch(/Sources: Technology companies' transparency reports/);
    expect(count('ocsea_contacts_by_reason').caveat).toMatch(/not victims, cases or prevalence/);
    for (const t of built.tables) {
      expect(t.caveat, t.id).toMatch(/\bnot\b/);
      expect(t.definition, t.id).toMatch(/Sources: /);
      if (t.outputKind === 'time-series') expect(t.sourceFields, t.id).toEqual(['organisation', 'document', 'retrieved']);
    }
  });

  it('give the share of helpline contacts about OCSEA and of hotline reports confirmed, and rates only for helpline contacts', () => {
    expect(trend('helpline_contacts_per_year').ratios?.map((r) => `${r.id}: ${r.numerator}/${r.denominator}`)).toEqual([
      'ocsea_share_of_contacts: helpline_contacts_ocsea/helpline_contacts',
    ]);
    expect(trend('hotline_reports_per_year').ratios?.map((r) => `${r.id}: ${r.numerator}/${r.denominator}`)).toEqual([
      'confirmed_share_of_reports: hotline_reports_confirmed/hotline_reports',
    ]);
    expect(
      built.tables.filter((t) => t.outputKind === 'time-series').map((t) => [t.id, (t as TimeSeriesContract).ratePer100000Children]),
    ).toEqual([
      ['helpline_contacts_per_year', true],
      ['hotline_reports_per_year', false],
      ['industry_per_year', false],
    ]);
    expect(trend('hotline_reports_per_year').definition).not.toMatch(/per 100,000 children/);
  });

  it('add up per year only the totals, over every helpline, quarters into their year', () => {
    const rows: RecordValues[] = [
      { ...GOOD_FIGURE, period: '2021-Q1', value: '7000' },
      { ...GOOD_FIGURE, period: '2021-Q2', value: '8000' },
      { ...GOOD_FIGURE, organisation: 'Examplia Online Safety Line', period: '2021', value: '900' },
      { ...GOOD_FIGURE, period: '2021', breakdown: 'girl', value: '4000' },
      { ...GOOD_FIGURE, period: '2021', measure: 'helpline_contacts_ocsea', value: '210' },
      { ...GOOD_FIGURE, period: '2021', measure: 'helpline_contacts_ocsea', category: 'grooming', value: '60' },
    ];
    const helpline = trend('helpline_contacts_per_year');
    const total = (series: string) =>
      rows
        .filter(
          (r) =>
            universe(helpline, r) && evaluate(helpline.series.find((s) => s.id === series)?.when ?? { kind: 'literal', value: false }, r),
        )
        .reduce((s, r) => s + Number(r['value']), 0);
    expect([total('helpline_contacts'), total('helpline_contacts_ocsea')]).toEqual([15900, 210]);
  });

  it('break down by sex, age and type of service reading the breakdown the disclosure policy protects, and by reason reading what it does not', () => {
    expect(activity.disclosure).toMatchObject({ case: 'reported-count', identifying: ['breakdown'] });
    const reads = (id: string) => {
      const rows = count(id).rows;
      return rows.kind === 'levels' ? [...new Set(rows.levels.flatMap((l) => referencedNames(l.when)))] : [rows.field];
    };
    for (const id of ['ocsea_contacts_by_sex', 'ocsea_contacts_by_age', 'platform_reports_by_service', 'content_removed_by_service'])
      expect(reads(id), id).toEqual(['breakdown']);
    expect(reads('ocsea_contacts_by_reason')).toEqual(['category']);
    const byService = count('accounts_actioned_by_service');
    const messaging = byService.rows.kind === 'levels' ? byService.rows.levels.find((l) => l.code === 'messaging') : undefined;
    const company = { ...GOOD_FIGURE, source_type: 'industry', organisation: 'Example Messenger Ltd', measure: 'accounts_actioned' };
    const rows: RecordValues[] = [
      { ...company, breakdown: 'messaging', value: '3' },
      { ...company, breakdown: 'social_media', value: '2' },
      { ...company, breakdown: 'messaging', measure: 'content_removed', value: '40' },
    ];
    expect(
      rows.filter((r) => universe(byService, r) && messaging !== undefined && evaluate(messaging.when, r)).map((r) => r['value']),
    ).toEqual(['3']);
    expect(byService).toMatchObject({ sum: 'value', unit: 'accounts' });
  });
});
