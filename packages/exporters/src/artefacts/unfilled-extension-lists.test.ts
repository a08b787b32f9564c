import { recordTypesOf, withExtensionLists } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { smallInstrument } from '../../test/core-fixtures.js';
import { unfilledExtensionLists } from './unfilled-extension-lists.js';

const built = {
  instruments: [smallInstrument, fixtureInstrument],
  recordTypes: [...recordTypesOf(smallInstrument), ...recordTypesOf(fixtureInstrument)],
};

describe('unfilledExtensionLists', () => {
  it('names the extension lists still holding the published example codes', () => {
    expect(unfilledExtensionLists(built, built)).toEqual(['platform', 'region']);
    expect(unfilledExtensionLists(built, built, { region: [] })).toEqual(['platform']);
  });

  it('does not name a list the activity filled from other config', () => {
    const country = {
      ...built,
      instruments: built.instruments.map((i) => withExtensionLists(i, { platform: [{ code: 'local_chat', label: 'LocalChat' }] })),
    };
    expect(unfilledExtensionLists(country, built)).toEqual(['region']);
  });
});
