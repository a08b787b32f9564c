import { questionnairesOf, type BuiltActivity, type Instrument } from '@dh/core';

type Built = Pick<BuiltActivity, 'instruments'> & Partial<Pick<BuiltActivity, 'recordTypes'>>;

/**
 * The extension lists the country has not filled: not named in its `extensionLists` and
 * still holding the codes of the activity's published build (its examples). A list the
 * activity fills from other config (strata, languages) differs from the published one.
 */
export function unfilledExtensionLists(built: Built, published: Built, filled: Readonly<Record<string, unknown>> = {}): string[] {
  const codes = (instrument: Instrument | undefined, name: string) =>
    instrument?.choiceLists
      .find((l) => l.name === name)
      ?.choices.map((c) => c.code)
      .join(' ');
  const unfilled = questionnairesOf(built.instruments).flatMap((instrument) => {
    const example = questionnairesOf(published.instruments).find((i) => i.id === instrument.id);
    return instrument.choiceLists
      .filter((l) => l.extension && filled[l.name] === undefined && codes(instrument, l.name) === codes(example, l.name))
      .map((l) => l.name);
  });
  return [...new Set(unfilled)].sort();
}
