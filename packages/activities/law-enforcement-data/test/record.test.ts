import { describe, expect, it } from 'vitest';
import { checkDataRequest, compileRecordValidator, recordJsonSchema, type DataRequest, type RecordType } from '@dh/core';
import { activity } from '../src/index.js';
import { assessment, GOOD_FIGURE } from './fixtures.js';

const built = activity.build();
const recordType = built.recordTypes[0] as RecordType;
const request = built.instruments[0] as DataRequest;
const validate = compileRecordValidator(recordJsonSchema(recordType));

describe('the published law_enforcement_figure schema', () => {
  it.each([
    ['a police total', {}],
    [
      'a CyberTipline report count',
      {
        source_type: 'ncmec',
        organisation: 'NCMEC',
        document: 'CyberTipline 2021 reports by country',
        measure: 'cybertipline_reports',
        value: '14790',
      },
    ],
    ['cases of grooming involving girls', { category: 'grooming', breakdown: 'girl', value: '37' }],
    ['children aged 14–17 identified', { measure: 'victims_identified', breakdown: 'age_14_17', value: '58' }],
    [
      'an ICSE figure not available',
      { source_type: 'interpol', measure: 'icse_victims_identified', value: 'not_available', note: 'Not shared for 2021.' },
    ],
    ['a quarter', { period: '2021-Q4', value: '0' }],
  ])('accepts %s', (_what, change) => {
    expect(validate({ ...GOOD_FIGURE, ...change }), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a measure of the helpline activity', { measure: 'helpline_contacts' }, 'enum'],
    ['an offence type that is no code', { category: 'cyberbullying' }, 'enum'],
    ['a region as a breakdown', { breakdown: 'nairobi' }, 'enum'],
    ['a fiscal year', { period: 'FY2021' }, 'pattern'],
    ['a negative count', { value: '-1' }, 'pattern'],
    ['"unknown" for not available', { value: 'unknown' }, 'pattern'],
    ['no source organisation', { organisation: null }, 'type'],
    ['no retrieval date', { retrieved: null }, 'type'],
    ['a suspect name column', { suspect_name: 'A. Person' }, 'additionalProperties'],
  ])('rejects %s', (_what, change, keyword) => {
    expect(validate({ ...GOOD_FIGURE, ...change })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });
});

describe('the data-request workbook', () => {
  it('reads back into the record type: every field, code and period it names is one the record type holds', () => {
    expect(checkDataRequest(request, recordType)).toEqual([]);
    const quarterly = activity.build(assessment({ referenceYears: { from: 2020, to: 2021 }, periodicity: 'quarter' }));
    expect(checkDataRequest(quarterly.instruments[0] as DataRequest, quarterly.recordTypes[0] as RecordType)).toEqual([]);
    expect((quarterly.instruments[0] as DataRequest).periods).toEqual([
      '2020-Q1',
      '2020-Q2',
      '2020-Q3',
      '2020-Q4',
      '2021-Q1',
      '2021-Q2',
      '2021-Q3',
      '2021-Q4',
    ]);
  });

  it('asks police, the courts, NCMEC and INTERPOL each for their own measures', () => {
    expect(request.sheets.map((s) => [s.id, s.measures])).toEqual([
      ['police', ['cases_recorded', 'suspects_arrested', 'victims_identified']],
      ['justice', ['prosecutions', 'convictions']],
      ['ncmec', ['cybertipline_reports']],
      ['interpol', ['icse_victims_identified']],
    ]);
    expect(request.periods).toEqual(['2019', '2020', '2021']);
  });

  it('gives every measure a unit, a definition and a caveat that says what it is not', () => {
    for (const m of request.measures) {
      expect(m.definition.en.length, m.id).toBeGreaterThan(60);
      expect(m.caveat.en, m.id).toMatch(/\bnot\b/);
    }
    const caveat = (id: string) => request.measures.find((m) => m.id === id)?.caveat.en;
    expect(caveat('cybertipline_reports')).toMatch(
      /referrals, mostly from US technology companies: they are not victims, cases or prevalence/,
    );
    expect(caveat('icse_victims_identified')).toMatch(/say nothing of how many children are abused/);
    expect(caveat('convictions')).toMatch(/not a share of that year's cases/);
  });

  it('offers offence types for the justice measures, and the sex and age of the child where police record them', () => {
    const of = (id: string) => request.measures.find((m) => m.id === id);
    expect(of('cases_recorded')).toMatchObject({ categoryList: 'offence', breakdownLists: ['sex', 'age_band'] });
    expect(of('convictions')).toMatchObject({ categoryList: 'offence', breakdownLists: [] });
    expect(of('cybertipline_reports')?.categoryList).toBeUndefined();
    expect(request.choiceLists.map((l) => l.name)).toEqual(['offence', 'sex', 'age_band']);
  });
});
