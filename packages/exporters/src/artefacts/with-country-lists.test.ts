import { recordTypesOf } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { smallInstrument } from '../../test/core-fixtures.js';
import { unfilledExtensionLists, withCountryLists } from './with-country-lists.js';

const built = { instruments: [smallInstrument, fixtureInstrument], recordTypes: [...recordTypesOf(smallInstrument), ...recordTypesOf(fixtureInstrument)] };

describe('withCountryLists', () => {
  it("puts the country's codes in the extension lists of the instruments and of the record types alike", () => {
    const country = withCountryLists(built, { region: [{ code: 'coast', label: 'Coast' }, { code: 'lake', label: 'Lake' }] });
    const regionList = country.instruments[1]?.choiceLists.find((l) => l.name === 'region');
    expect(regionList?.choices.map((c) => [c.code, c.label.key])).toEqual([['coast', 'choices.region.coast'], ['lake', 'choices.region.lake']]);
    const regionField = country.recordTypes.find((r) => r.name === 'child')?.fields.find((f) => f.name === 'region');
    expect(regionField?.codes?.map((c) => c.code)).toEqual(['coast', 'lake']);
    expect(country.recordTypes.find((r) => r.name === 'respondent')?.fields.find((f) => f.name === 'platforms')?.codes?.map((c) => c.code)).toEqual(['platform_a', 'platform_b']);
  });

  it('never replaces a fixed list, even when the config names it', () => {
    const country = withCountryLists(built, { yes_no: [{ code: 'si', label: 'Sí' }] });
    expect(country.instruments[0]?.choiceLists.find((l) => l.name === 'yes_no')?.choices.map((c) => c.code)).toEqual(['yes', 'no', 'dont_know', 'refused']);
    expect(country.recordTypes[0]?.fields.find((f) => f.name === 'consent')?.codes?.map((c) => c.code)).toEqual(['yes', 'no', 'dont_know', 'refused']);
  });
});

describe('unfilledExtensionLists', () => {
  it('names the extension lists still holding the published example codes', () => {
    expect(unfilledExtensionLists(built, built)).toEqual(['platform', 'region']);
    expect(unfilledExtensionLists(built, built, { region: [] })).toEqual(['platform']);
  });

  it('does not name a list the activity filled from other config', () => {
    const country = withCountryLists(built, { platform: [{ code: 'local_chat', label: 'LocalChat' }] });
    expect(unfilledExtensionLists(country, built)).toEqual(['region']);
  });
});
