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

const contacts = (value: string, more: Record<string, string | null> = {}) => ({ measure: 'helpline_contacts', value, ...more });
const ocsea = (value: string, more: Record<string, string | null> = {}) => ({ measure: 'helpline_contacts_ocsea', value, ...more });
const HOTLINE = { source_type: 'hotline', organisation: 'Examplia Internet Hotline', document: 'Hotline statistics 2021' };
const COMPANY = { source_type: 'industry', organisation: 'Example Video Ltd', document: 'Transparency report 2021' };

describe('the helpline, hotline and industry dataset rules', () => {
  it('find nothing wrong in a consistent set of figures from a helpline, a hotline and a company', () => {
    expect(
      messages(
        figures([
          contacts('31250'),
          contacts('17400', { breakdown: 'girl' }),
          ocsea('284'),
          ocsea('190', { breakdown: 'girl' }),
          ocsea('71', { category: 'sexual_extortion' }),
          ocsea('64', { category: 'grooming' }),
          { ...HOTLINE, measure: 'hotline_reports', value: '1320' },
          { ...HOTLINE, measure: 'hotline_reports_confirmed', value: '402' },
          { ...COMPANY, measure: 'platform_reports', period: '2020', value: '6100' },
          { ...COMPANY, measure: 'platform_reports', period: '2021', value: '8800' },
          { ...COMPANY, measure: 'content_removed', value: '41200' },
          { ...COMPANY, measure: 'content_removed', breakdown: 'video_live_streaming', value: '39000' },
        ]),
      ),
    ).toEqual([]);
  });

  it('fail more contacts about OCSEA than contacts in all, from one helpline in one period, in the total and in each breakdown', () => {
    expect(messages(figures([contacts('300'), ocsea('380')]))).toEqual([
      'helpline-hotline-industry-data/subset-exceeds-whole 3: 2021 (Examplia Child Helpline 116, all categories, no breakdown): 380 contacts about online sexual exploitation and abuse but only 300 contacts with the child helpline',
    ]);
    expect(messages(figures([contacts('1200', { breakdown: 'boy' }), ocsea('1250', { breakdown: 'boy' })]))).toEqual([
      'helpline-hotline-industry-data/subset-exceeds-whole 3: 2021 (Examplia Child Helpline 116, all categories, boys): 1250 contacts about online sexual exploitation and abuse but only 1200 contacts with the child helpline',
    ]);
    expect(catalogue.definition('helpline-hotline-industry-data/subset-exceeds-whole').severity).toBe('error');
    expect(messages(figures([contacts('300'), ocsea('300')]))).toEqual([]);
    expect(messages(figures([contacts('300'), ocsea('380', { organisation: 'Examplia Online Safety Line' })]))).toEqual([]);
    expect(messages(figures([contacts('300', { period: '2020' }), ocsea('380')]))).toEqual([]);
    expect(messages(figures([contacts('not_available'), ocsea('380')]))).toEqual([]);
  });

  it('fail more reports confirmed as CSAM than reports the hotline received', () => {
    const hotline = (received: string, confirmed: string) =>
      figures([
        { ...HOTLINE, measure: 'hotline_reports', value: received },
        { ...HOTLINE, measure: 'hotline_reports_confirmed', value: confirmed },
      ]);
    expect(messages(hotline('410', '950'))).toEqual([
      'helpline-hotline-industry-data/subset-exceeds-whole 3: 2021 (Examplia Internet Hotline, all categories, no breakdown): 950 reports confirmed as child sexual abuse material but only 410 reports received by the hotline',
    ]);
    expect(messages(hotline('950', '410'))).toEqual([]);
  });

  it('fail contact reasons that add up to more than the contacts about OCSEA, and warn when every reason is given but falls short', () => {
    expect(messages(figures([ocsea('100'), ocsea('70', { category: 'grooming' }), ocsea('40', { category: 'sexual_extortion' })]))).toEqual(
      [
        'helpline-hotline-industry-data/parts-exceed-total 2: Contacts about online sexual exploitation and abuse, 2021 (Examplia Child Helpline 116): the parts by main reason for the contact add up to 110, more than the total of 100',
      ],
    );
    const everyReason = ['grooming', 'sexual_extortion', 'images_shared_without_consent', 'csam', 'live_streaming', 'money_or_gifts'];
    const short = figures([
      ocsea('100'),
      ...everyReason.map((category) => ocsea('10', { category })),
      ocsea('20', { category: 'unwanted_sexual_content' }),
      ocsea('5', { category: 'other_ocsea_reason' }),
      ocsea('0', { category: 'reason_not_recorded' }),
    ]);
    expect(messages(short)).toEqual([
      'helpline-hotline-industry-data/parts-short-of-total 2: Contacts about online sexual exploitation and abuse, 2021 (Examplia Child Helpline 116): the parts by main reason for the contact add up to 85, 15 less than the total of 100',
    ]);
  });

  it("fail a company's figures by type of service that exceed its own total", () => {
    const removed = (value: string, breakdown = 'total') => ({ ...COMPANY, measure: 'content_removed', breakdown, value });
    expect(messages(figures([removed('5000'), removed('3000', 'social_media'), removed('2500', 'messaging')]))).toEqual([
      'helpline-hotline-industry-data/parts-exceed-total 2: Content removed, 2021 (Example Video Ltd): the parts by type of online service add up to 5500, more than the total of 5000',
    ]);
    expect(messages(figures([removed('5000'), removed('3000', 'social_media'), removed('2000', 'messaging')]))).toEqual([]);
  });

  it("ask for a note when a company's reports jump tenfold, and accept the figure once the note explains it", () => {
    const jump = (note: string | null) =>
      figures([
        { ...COMPANY, measure: 'platform_reports', period: '2019', value: '640' },
        { ...COMPANY, measure: 'platform_reports', period: '2020', value: '7100', note },
      ]);
    expect(messages(jump(null))).toEqual([
      'helpline-hotline-industry-data/sudden-jump 3: Reports made by technology companies (Example Video Ltd, all categories, no breakdown): 640 in 2019, 7100 in 2020',
    ]);
    expect(messages(jump('The company began giving figures by country in 2020.'))).toEqual([]);
  });

  it("hold periods to the assessment's reference years, and fail a placeholder for the source", () => {
    const outside = figures([contacts('29000', { period: '2022' })]);
    expect(messages(outside)).toEqual([
      'helpline-hotline-industry-data/period-outside-reference-years 2: Period 2022 is outside the reference years 2019–2021',
    ]);
    expect(messages(outside, activity.build(assessment({ referenceYears: { from: 2020, to: 2022 } })).datasetRules)).toEqual([]);
    expect(messages(figures([contacts('29000', { document: 'n/a' })]))).toEqual([
      'helpline-hotline-industry-data/source-unnamed 2: document "n/a" does not name a source',
    ]);
  });

  it('fail quarters given beside their year, and warn on a year a helpline gave only part of', () => {
    expect(messages(figures([contacts('31250'), contacts('7900', { period: '2021-Q1' })]))).toContain(
      'helpline-hotline-industry-data/overlapping-periods 3: Contacts with the child helpline (Examplia Child Helpline 116, all categories, no breakdown): 2021-Q1 overlaps 2021, so 2021 would count the same figures twice',
    );
    expect(
      messages(figures([contacts('7900', { period: '2021-Q1' }), contacts('8100', { period: '2021-Q2' })])).map((m) => m.split(':')[0]),
    ).toEqual(['helpline-hotline-industry-data/partial-year 2']);
  });
});
