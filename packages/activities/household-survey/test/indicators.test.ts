import { describe, expect, it } from 'vitest';
import { evaluate, referencedNames, type IndicatorContract, type RecordValues } from '@dh/core';
import { activity, ageBands } from '../src/index.js';
import { GOOD_CHILD, parsedConfig, recordType, WIDE_AGE_CONFIG } from './fixtures.js';

const built = activity.build();

function indicator(id: string, from = built.indicators): IndicatorContract {
  const found = from.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** Where an indicator puts a record: outside, in the denominator only, or in the numerator. */
function place(contract: IndicatorContract, record: RecordValues): 'outside' | 'denominator' | 'numerator' {
  if (!evaluate(contract.universe, record)) return 'outside';
  return contract.numerator && evaluate(contract.numerator, record) ? 'numerator' : 'denominator';
}

const noExperience = {
  ...GOOD_CHILD,
  ocsea_threatened: 'no',
  ocsea_images_shared: 'no',
  ocsea_coerced_gifts: 'no',
  ocsea_sexual_comments: 'no',
  ocsea_asked_private_images: 'no',
};

describe('the clear-examples-of-OCSEA indicator', () => {
  const composite = indicator('ocsea_clear_example');

  it('counts a child who answered "yes" to any of the three components', () => {
    for (const item of ['ocsea_threatened', 'ocsea_images_shared', 'ocsea_coerced_gifts']) {
      expect(place(composite, { ...noExperience, [item]: 'yes' }), item).toBe('numerator');
    }
  });

  it('does not count the other items, which version 1.0.0 leaves out', () => {
    expect(place(composite, { ...noExperience, ocsea_offered_for_images: 'yes' })).toBe('denominator');
    expect(built.derivedVariables.find((d) => d.name === 'ocsea_clear_example')?.version).toBe('1.0.0');
  });

  it('leaves out a child with no "yes" and a "don\'t know" or refusal, as its missing treatment says', () => {
    expect(composite.missing.dontKnow).toBe('exclude');
    expect(place(composite, { ...noExperience, ocsea_coerced_gifts: 'dont_know' })).toBe('outside');
    expect(place(composite, { ...noExperience, ocsea_coerced_gifts: 'dont_know', ocsea_threatened: 'yes' })).toBe('numerator');
  });

  it('is based on consenting internet-using children of the age range only', () => {
    expect(place(composite, { ...noExperience, child_assent: 'no' })).toBe('outside');
    expect(place(composite, { ...noExperience, internet_use_recall: 'no' })).toBe('outside');
    expect(place(composite, { ...noExperience, age: 18 })).toBe('outside');
  });
});

describe('the indicators among children with an experience', () => {
  it('counts telling no one only when no experience was told to anyone', () => {
    const told = indicator('ocsea_told_no_one');
    expect(place(told, GOOD_CHILD)).toBe('numerator');
    expect(place(told, { ...GOOD_CHILD, ocsea_threatened: 'yes', ocsea_threatened_told: ['caregiver'] })).toBe('denominator');
    expect(place(told, noExperience)).toBe('outside');
  });

  it('counts a known offender and each named platform from the country list', () => {
    expect(place(indicator('ocsea_offender_known'), GOOD_CHILD)).toBe('denominator');
    expect(place(indicator('ocsea_offender_known'), { ...GOOD_CHILD, ocsea_sexual_comments_who: ['stranger', 'friend_peer'] })).toBe(
      'numerator',
    );
    expect(place(indicator('ocsea_platform_social_network'), GOOD_CHILD)).toBe('numerator');
    const local = activity
      .build(parsedConfig(WIDE_AGE_CONFIG))
      .indicators.filter((i) => i.id.startsWith('ocsea_platform_'))
      .map((i) => i.id);
    expect(local).toEqual(['ocsea_platform_chatapp', 'ocsea_platform_vidshare']);
  });
});

describe('every indicator contract', () => {
  const variables = new Map(built.recordTypes.map((rt) => [rt.name, new Set(rt.fields.map((f) => f.name))]));

  it.each(built.indicators.map((i) => [i.id, i] as const))(
    '%s reads only variables of its record type and states its treatment of missing answers',
    (_id, contract) => {
      const known = variables.get(contract.recordType);
      const read = [contract.universe, ...(contract.numerator ? [contract.numerator] : [])].flatMap(referencedNames);
      expect(read.filter((name) => !known?.has(name))).toEqual([]);
      expect(contract.missingFrom.filter((name) => !known?.has(name))).toEqual([]);
      expect(contract.missing.note.length).toBeGreaterThan(20);
      expect(contract.disaggregations.filter((d) => !built.disaggregations.some((x) => x.id === d))).toEqual([]);
      expect(contract).toMatchObject({ activity: 'household-survey', acceptsVersions: '^0.1.0', estimator: 'proportion', weighted: true });
    },
  );

  it('declares a population for national counts only where its universe stands for one', () => {
    const bases = Object.fromEntries(built.indicators.map((i) => [i.id, i.populationBase ?? null]));
    expect(bases['ocsea_clear_example']).toBe('internetUsingChildren');
    expect(bases['ocsea_sexual_comments']).toBe('internetUsingChildren');
    expect(bases['internet_use_all_children']).toBe('childrenInAgeRange');
    expect(bases['ocsea_told_no_one']).toBeNull();
    expect(bases['caregiver_would_go_to_police']).toBeNull();
  });

  it('measures internet use among all children from the roster, not the interviews', () => {
    const internet = indicator('internet_use_all_children');
    expect(internet.recordType).toBe('roster');
    expect(internet.recallPeriod).toBe('past 3 months');
    expect(place(internet, { roster_internet_use: 'no', roster_age: 12 })).toBe('denominator');
    expect(internet.disaggregations).toEqual(['roster_sex', 'roster_age_band', 'roster_urban_rural', 'roster_region']);
    expect(recordType(built, 'roster').fields.map((f) => f.name)).toContain('roster_stratum');
  });
});

describe('indicator definitions', () => {
  it('quote the question a reader needs, not only the variable name', () => {
    for (const contract of built.indicators) {
      const named = [...contract.definition.matchAll(/\(question (\w+)\)/g)].map((m) => m[1]);
      for (const name of named) expect(contract.definition, contract.id).toMatch(new RegExp(`to "[^"]{12,}" \\(question ${name}\\)`));
      expect(contract.definition, contract.id).not.toMatch(/\b\w+_\w+ is "/);
    }
    expect(indicator('ocsea_threatened').definition).toContain('"In the past 12 months, has anyone threatened or blackmailed you');
    expect(indicator('caregiver_victim_blaming').definition).toContain(
      'answering "Agree" or "Strongly agree" to "When a child is sexually abused online',
    );
  });
});

describe('the disaggregations', () => {
  it('band ages by two years from the configured range', () => {
    expect(ageBands(12, 17)).toEqual([
      { low: 12, high: 13 },
      { low: 14, high: 15 },
      { low: 16, high: 17 },
    ]);
    const wide = activity.build(parsedConfig(WIDE_AGE_CONFIG)).disaggregations.find((d) => d.id === 'age_band');
    expect(wide?.levels.map((l) => l.label)).toEqual(['9–10', '11–12', '13–14', '15–16', '17']);
  });

  it('place a child in urban/rural and region through its stratum', () => {
    const byId = (id: string) => built.disaggregations.find((d) => d.id === id);
    const level = (id: string, record: RecordValues) =>
      byId(id)
        ?.levels.filter((l) => evaluate(l.when, record))
        .map((l) => l.code);
    expect(level('urban_rural', GOOD_CHILD)).toEqual(['rural']);
    expect(level('region', GOOD_CHILD)).toEqual(['region_a']);
    expect(level('sex', GOOD_CHILD)).toEqual(['girl']);
    expect(level('age_band', GOOD_CHILD)).toEqual(['14_15']);
  });

  it('come from strata a scaffold writes as <region>_urban and <region>_rural, with region labels from the strata', () => {
    const settings = activity.scaffold?.settings(
      { strata: 'coast_urban:Coast, urban;coast_rural:Coast, rural;lake_rural:Lake, rural' },
      { iso: 'KE', name: 'Kenya', languages: ['en'] },
    );
    const config = parsedConfig({
      ...WIDE_AGE_CONFIG,
      extensionLists: {},
      activities: { [activity.id]: { version: activity.version, settings } },
    });
    const made = activity.build(config).disaggregations;
    expect(made.find((d) => d.id === 'urban_rural')?.levels.map((l) => l.code)).toEqual(['urban', 'rural']);
    expect(made.find((d) => d.id === 'region')?.levels.map((l) => [l.code, l.label])).toEqual([
      ['coast', 'Coast'],
      ['lake', 'Lake'],
    ]);
    // One region (a national sample) is no breakdown.
    const national = activity.scaffold?.settings({}, { iso: 'KE', name: 'Kenya', languages: ['en'] });
    const one = activity.build(
      parsedConfig({
        ...WIDE_AGE_CONFIG,
        extensionLists: {},
        activities: { [activity.id]: { version: activity.version, settings: national } },
      }),
    ).disaggregations;
    expect(one.map((d) => d.id)).not.toContain('region');
    expect(one.map((d) => d.id)).toContain('urban_rural');
  });

  it('leave out urban/rural levels no configured stratum has', () => {
    const wide = activity.build(parsedConfig(WIDE_AGE_CONFIG)).disaggregations.find((d) => d.id === 'urban_rural');
    const highlands = { strat: 'highlands' };
    expect(wide?.levels.filter((l) => evaluate(l.when, highlands))).toEqual([]);
  });
});
