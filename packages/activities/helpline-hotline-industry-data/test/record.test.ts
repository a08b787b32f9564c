import { describe, expect, it } from 'vitest';
import { checkDataRequest, compileRecordValidator, recordJsonSchema, type DataRequest, type RecordType } from '@dh/core';
import { activity } from '../src/index.js';
import { assessment, GOOD_FIGURE } from './fixtures.js';

const built = activity.build();
const recordType = built.recordTypes[0] as RecordType;
const request = built.instruments[0] as DataRequest;
const validate = compileRecordValidator(recordJsonSchema(recordType));

describe('the published helpline_hotline_industry_figure schema', () => {
  it.each([
    ['all contacts with a helpline', {}],
    [
      'contacts about sexual extortion from girls',
      { measure: 'helpline_contacts_ocsea', category: 'sexual_extortion', breakdown: 'girl', value: '46' },
    ],
    ['contacts about OCSEA from children aged 14–17', { measure: 'helpline_contacts_ocsea', breakdown: 'age_14_17', value: '120' }],
    [
      'reports a hotline confirmed',
      {
        source_type: 'hotline',
        organisation: 'Examplia Internet Hotline',
        document: 'Hotline statistics 2021',
        measure: 'hotline_reports_confirmed',
        value: '212',
      },
    ],
    [
      "a company's accounts actioned on messaging services",
      {
        source_type: 'industry',
        organisation: 'Example Messenger Ltd',
        document: 'Transparency report, second half of 2021',
        measure: 'accounts_actioned',
        breakdown: 'messaging',
        period: '2021-Q4',
        value: '0',
      },
    ],
    [
      'content removed not available',
      { source_type: 'industry', measure: 'content_removed', value: 'not_available', note: 'The report does not give countries.' },
    ],
  ])('accepts %s', (_what, change) => {
    expect(validate({ ...GOOD_FIGURE, ...change }), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a measure of the law-enforcement activity', { measure: 'cybertipline_reports' }, 'enum'],
    ['an offence type of the police lists', { category: 'other_ocsea_offence' }, 'enum'],
    ['a named platform as a breakdown', { breakdown: 'examplegram' }, 'enum'],
    ['police as a source type', { source_type: 'police' }, 'enum'],
    ['a fiscal year', { period: 'FY2021' }, 'pattern'],
    ['a count with a thousands separator', { value: '31,250' }, 'pattern'],
    ['0 written as "none"', { value: 'none' }, 'pattern'],
    ['no source document', { document: null }, 'type'],
    ['a caller phone number column', { caller_phone: '+000 000 0000' }, 'additionalProperties'],
  ])('rejects %s', (_what, change, keyword) => {
    expect(validate({ ...GOOD_FIGURE, ...change })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });
});

describe('the data-request workbook', () => {
  it('reads back into the record type: every field, code and period it names is one the record type holds', () => {
    expect(checkDataRequest(request, recordType)).toEqual([]);
    const monthly = activity.build(assessment({ referenceYears: { from: 2021, to: 2021 }, periodicity: 'month' }));
    const monthlyRequest = monthly.instruments[0] as DataRequest;
    expect(checkDataRequest(monthlyRequest, monthly.recordTypes[0] as RecordType)).toEqual([]);
    expect(monthlyRequest.periods).toHaveLength(12);
    expect(monthlyRequest.periods.slice(0, 2)).toEqual(['2021-01', '2021-02']);
  });

  it('asks helplines, hotlines and companies each for their own measures', () => {
    expect(request.sheets.map((s) => [s.id, s.measures])).toEqual([
      ['helpline', ['helpline_contacts', 'helpline_contacts_ocsea']],
      ['hotline', ['hotline_reports', 'hotline_reports_confirmed']],
      ['industry', ['platform_reports', 'accounts_actioned', 'content_removed']],
    ]);
    expect(request.periods).toEqual(['2019', '2020', '2021']);
  });

  it('gives every measure a unit, a definition and a caveat that says what it is not', () => {
    for (const m of request.measures) {
      expect(m.unit.en, m.id).toMatch(/^[a-z]+$/);
      expect(m.definition.en.length, m.id).toBeGreaterThan(60);
      expect(m.caveat.en, m.id).toMatch(/\bnot\b/);
    }
    const caveat = (id: string) => request.measures.find((m) => m.id === id)?.caveat.en;
    expect(caveat('helpline_contacts')).toMatch(/^Contacts are not children or cases/);
    expect(caveat('helpline_contacts_ocsea')).toMatch(/they are not victims, cases or prevalence/);
    expect(caveat('hotline_reports_confirmed')).toMatch(/count content .*, not children/);
    expect(caveat('platform_reports')).toMatch(/CyberTipline reports \(law-enforcement-data\): the two are not added/);
    expect(request.measures.map((m) => [m.id, m.unit.en])).toEqual([
      ['helpline_contacts', 'contacts'],
      ['helpline_contacts_ocsea', 'contacts'],
      ['hotline_reports', 'reports'],
      ['hotline_reports_confirmed', 'reports'],
      ['platform_reports', 'reports'],
      ['accounts_actioned', 'accounts'],
      ['content_removed', 'items'],
    ]);
  });

  it('offers contact reasons for OCSEA contacts, the sex and age of the child for helplines, and the type of service for companies', () => {
    const of = (id: string) => request.measures.find((m) => m.id === id);
    expect(of('helpline_contacts')).toMatchObject({ breakdownLists: ['sex', 'age_band'] });
    expect(of('helpline_contacts')?.categoryList).toBeUndefined();
    expect(of('helpline_contacts_ocsea')).toMatchObject({ categoryList: 'contact_reason', breakdownLists: ['sex', 'age_band'] });
    expect(of('hotline_reports_confirmed')).toMatchObject({ breakdownLists: [] });
    for (const id of ['platform_reports', 'accounts_actioned', 'content_removed'])
      expect(of(id), id).toMatchObject({ breakdownLists: ['platform_type'] });
    expect(request.choiceLists.map((l) => l.name)).toEqual(['contact_reason', 'sex', 'age_band', 'platform_type']);
  });
});
