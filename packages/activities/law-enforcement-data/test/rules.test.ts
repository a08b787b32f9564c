import { describe, expect, it } from 'vitest';
import { createIssue, IssueCatalogue, type IssueInput, type RecordTable } from '@dh/core';
import { activity } from '../src/index.js';
import { assessment, figures } from './fixtures.js';

const built = activity.build();
const catalogue = IssueCatalogue.of([activity]);

function messages(tables: Map<string, RecordTable>, rules = built.datasetRules): string[] {
  return rules
    .flatMap((rule) => [...rule.check(tables)])
    .map((i: IssueInput) => `${i.code} ${i.row}: ${createIssue(i, catalogue).message}`);
}

const cases = (value: string, more: Record<string, string | null> = {}) => ({ measure: 'cases_recorded', value, ...more });

describe('the law-enforcement dataset rules', () => {
  it('find nothing wrong in a consistent set of figures from several sources', () => {
    expect(
      messages(
        figures([
          cases('412'),
          cases('230', { breakdown: 'girl' }),
          cases('160', { breakdown: 'boy' }),
          cases('150', { category: 'csam' }),
          cases('90', { category: 'grooming' }),
          { measure: 'prosecutions', value: '120', organisation: 'Office of the Director of Public Prosecutions', source_type: 'justice' },
          { measure: 'convictions', value: '31', organisation: 'Judiciary', source_type: 'justice' },
          { measure: 'cybertipline_reports', period: '2020', value: '9120', organisation: 'NCMEC', source_type: 'ncmec' },
          { measure: 'cybertipline_reports', period: '2021', value: '14790', organisation: 'NCMEC', source_type: 'ncmec' },
        ]),
      ),
    ).toEqual([]);
  });

  it('fail cases by sex that exceed the total, and warn when every sex is given but falls short', () => {
    expect(messages(figures([cases('100'), cases('60', { breakdown: 'girl' }), cases('50', { breakdown: 'boy' })]))).toEqual([
      'law-enforcement-data/parts-exceed-total 2: OCSEA cases recorded, 2021 (Anti-Human Trafficking and Child Protection Unit): the parts by sex of the child add up to 110, more than the total of 100',
    ]);
    const short = figures([
      cases('100'),
      cases('50', { breakdown: 'girl' }),
      cases('40', { breakdown: 'boy' }),
      cases('0', { breakdown: 'sex_other' }),
      cases('0', { breakdown: 'sex_not_recorded' }),
    ]);
    expect(messages(short)).toEqual([
      'law-enforcement-data/parts-short-of-total 2: OCSEA cases recorded, 2021 (Anti-Human Trafficking and Child Protection Unit): the parts by sex of the child add up to 90, 10 less than the total of 100',
    ]);
  });

  it('warn when convictions exceed prosecutions in a year, as a warning the justice chain allows', () => {
    const found = figures([
      cases('80'),
      { measure: 'prosecutions', value: '30', source_type: 'justice' },
      { measure: 'convictions', value: '45', source_type: 'justice' },
    ]);
    expect(messages(found)).toEqual([
      'law-enforcement-data/justice-chain 4: 2021, all categories, no breakdown: 45 cases with a conviction but only 30 cases prosecuted',
    ]);
    expect(catalogue.definition('law-enforcement-data/justice-chain').severity).toBe('warning');
    expect(messages(figures([cases('80'), { measure: 'prosecutions', value: '30' }, { measure: 'convictions', value: '30' }]))).toEqual([]);
  });

  it('ask for a note when CyberTipline reports jump tenfold, and accept the figure once the note explains it', () => {
    const jump = (note: string | null) =>
      figures([
        { measure: 'cybertipline_reports', period: '2019', value: '820', organisation: 'NCMEC' },
        { measure: 'cybertipline_reports', period: '2020', value: '9120', organisation: 'NCMEC', note },
      ]);
    expect(messages(jump(null))).toEqual([
      'law-enforcement-data/sudden-jump 3: CyberTipline reports (NCMEC, all categories, no breakdown): 820 in 2019, 9120 in 2020',
    ]);
    expect(messages(jump('A large platform began reporting by country in 2020.'))).toEqual([]);
  });

  it("hold periods to the assessment's reference years", () => {
    const outside = figures([cases('12', { period: '2018' })]);
    expect(messages(outside)).toEqual([
      'law-enforcement-data/period-outside-reference-years 2: Period 2018 is outside the reference years 2019–2021',
    ]);
    const from2017 = activity.build(assessment({ referenceYears: { from: 2017, to: 2021 } }));
    expect(messages(outside, from2017.datasetRules)).toEqual([]);
  });

  it('fail a year given beside its own months, and a source that is a placeholder', () => {
    expect(messages(figures([cases('400'), cases('35', { period: '2021-03' })]))).toContain(
      'law-enforcement-data/overlapping-periods 3: OCSEA cases recorded (Anti-Human Trafficking and Child Protection Unit, all categories, no breakdown): 2021-03 overlaps 2021, so 2021 would count the same figures twice',
    );
    expect(messages(figures([cases('12', { organisation: 'unknown' })]))).toEqual([
      'law-enforcement-data/source-unnamed 2: organisation "unknown" does not name a source',
    ]);
  });
});
