import { describe, expect, it } from 'vitest';
import { evaluate, referencedNames, satisfiesRange, type IndicatorContract, type RecordValues } from '@dh/core';
import { FRONTLINE_DISAGGREGATIONS, FRONTLINE_WORKER_SURVEY_VERSION, PURPOSIVE_CAVEAT } from '../src/index.js';
import { built, field, GOOD_WORKER, workerType } from './fixtures.js';

function indicator(id: string): IndicatorContract {
  const found = built.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** Where an indicator puts a record: outside, in the denominator only, or in the numerator. */
function place(id: string, record: RecordValues): 'outside' | 'denominator' | 'numerator' {
  const contract = indicator(id);
  if (!evaluate(contract.universe, record)) return 'outside';
  return contract.numerator && evaluate(contract.numerator, record) ? 'numerator' : 'denominator';
}

describe('every frontline indicator', () => {
  it('is an unweighted share, labelled a purposive sample, by sector and role', () => {
    expect(built.indicators.length).toBe(9);
    for (const i of built.indicators) {
      expect([i.estimator, i.weighted, i.caveat], i.id).toEqual(['proportion', false, PURPOSIVE_CAVEAT]);
      expect(i.disaggregations, i.id).toEqual(['sector', 'role']);
      expect(i.populationBase, i.id).toBeUndefined();
      expect(satisfiesRange(FRONTLINE_WORKER_SURVEY_VERSION, i.acceptsVersions), i.id).toBe(true);
    }
    expect(PURPOSIVE_CAVEAT).toBe('Purposive sample, not representative of all frontline workers.');
  });

  it('reads only variables of the frontline_worker record, and states its missing treatment', () => {
    const names = new Set(workerType().fields.map((f) => f.name));
    for (const i of built.indicators) {
      expect(i.recordType).toBe('frontline_worker');
      for (const name of [...referencedNames(i.universe), ...(i.numerator ? referencedNames(i.numerator) : [])])
        expect(names.has(name), `${i.id}: ${name}`).toBe(true);
      expect(i.missing.note.length, i.id).toBeGreaterThan(20);
      expect(i.definition, i.id).toMatch(/Unweighted\.$/);
    }
  });

  it('leaves out workers who did not consent', () => {
    for (const i of built.indicators) expect(place(i.id, { ...GOOD_WORKER, consent: 'no' }), i.id).toBe('outside');
  });
});

describe('the yes/no shares', () => {
  it('count "yes" over "yes" and "no", leaving out "don\'t know", "prefer not to say" and no answer', () => {
    expect(place('fw_cases_seen', GOOD_WORKER)).toBe('numerator');
    expect(place('fw_cases_seen', { ...GOOD_WORKER, cases_seen: 'no' })).toBe('denominator');
    for (const other of ['dont_know', 'refused', null])
      expect(place('fw_cases_seen', { ...GOOD_WORKER, cases_seen: other })).toBe('outside');
    expect(place('fw_trained', GOOD_WORKER)).toBe('numerator');
    expect(place('fw_knows_reporting', { ...GOOD_WORKER, knows_reporting: 'no' })).toBe('denominator');
    expect(place('fw_reporting_duty', GOOD_WORKER)).toBe('denominator');
    expect(indicator('fw_cases_seen').recallPeriod).toBe('past 12 months');
    expect(indicator('fw_cases_seen').definition).toContain('"In the past 12 months, have you worked with any case of a child');
  });
});

describe('the barrier shares', () => {
  it('count each named barrier among workers who named any, leaving out "don\'t know"', () => {
    expect(place('fw_barrier_stigma', GOOD_WORKER)).toBe('numerator');
    expect(place('fw_barrier_sexuality_taboo', GOOD_WORKER)).toBe('numerator');
    expect(place('fw_barrier_not_knowing_where', GOOD_WORKER)).toBe('denominator');
    expect(place('fw_barrier_not_knowing_where', { ...GOOD_WORKER, barriers: 'not_knowing_where fear_of_blame' })).toBe('numerator');
    expect(place('fw_barrier_stigma', { ...GOOD_WORKER, barriers: ['dont_know'] })).toBe('outside');
    expect(place('fw_barrier_stigma', { ...GOOD_WORKER, barriers: null })).toBe('outside');
    expect(indicator('fw_barrier_sexuality_taboo').definition).toContain('"Taboos around talking about sex and sexuality"');
  });
});

describe('the resource shares', () => {
  it('count written guidelines among all who answered, "none of these" in the denominator', () => {
    expect(place('fw_has_guidelines', GOOD_WORKER)).toBe('denominator');
    expect(place('fw_has_guidelines', { ...GOOD_WORKER, resources: ['guidelines', 'supervision'] })).toBe('numerator');
    expect(place('fw_has_guidelines', { ...GOOD_WORKER, resources: ['none'] })).toBe('denominator');
  });

  it('count disagreeing that resources are enough, among those who agreed or disagreed', () => {
    expect(place('fw_resources_not_enough', GOOD_WORKER)).toBe('numerator');
    expect(place('fw_resources_not_enough', { ...GOOD_WORKER, resources_enough: 'strongly_disagree' })).toBe('numerator');
    expect(place('fw_resources_not_enough', { ...GOOD_WORKER, resources_enough: 'agree' })).toBe('denominator');
    expect(place('fw_resources_not_enough', { ...GOOD_WORKER, resources_enough: 'refused' })).toBe('outside');
  });
});

describe('the disaggregations', () => {
  it('put every sector and every role in exactly one level', () => {
    for (const [id, variable] of [
      ['sector', 'sector'],
      ['role', 'role'],
    ] as const) {
      const levels = FRONTLINE_DISAGGREGATIONS.find((d) => d.id === id)?.levels ?? [];
      for (const code of field(variable).codes?.map((c) => c.code) ?? []) {
        const matching = levels.filter((l) => evaluate(l.when, { [variable]: code })).map((l) => l.code);
        expect(matching, `${variable}=${code}`).toHaveLength(1);
      }
    }
    expect(built.disaggregations.map((d) => `${d.id}:${d.levels.length}`)).toEqual(['sector:3', 'role:3']);
  });
});
