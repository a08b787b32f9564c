import { withExtensionLists, type BuiltActivity, type ChoiceDraft, type Instrument } from '@dh/core';

type Built = Pick<BuiltActivity, 'instruments'> & Partial<Pick<BuiltActivity, 'recordTypes'>>;

/**
 * A built activity with a country's own codes in its extension lists (assessment.json
 * `extensionLists`), in the instruments and in the record types alike, so the XLSForm, the
 * codebooks and the Table Schemas list the same codes. Fixed lists are never touched.
 */
export function withCountryLists<T extends Built>(built: T, lists: Readonly<Record<string, readonly ChoiceDraft[]>>): T {
  const instruments = built.instruments.map((instrument) => withExtensionLists(instrument, lists));
  const listOf = (instrumentId: string, listName: string) =>
    instruments.find((i) => i.id === instrumentId)?.choiceLists.find((l) => l.name === listName && l.extension);
  const recordTypes = built.recordTypes?.map((recordType) => ({
    ...recordType,
    fields: recordType.fields.map((field) => {
      const list = field.extensionList && field.listName !== undefined && lists[field.listName] ? listOf(recordType.instrumentId, field.listName) : undefined;
      return list ? { ...field, codes: list.choices } : field;
    }),
  }));
  return { ...built, instruments, ...(recordTypes && { recordTypes }) };
}

/**
 * The extension lists the country has not filled: not named in its `extensionLists` and
 * still holding the codes of the activity's published build (its examples). A list the
 * activity fills from other config (strata, languages) differs from the published one.
 */
export function unfilledExtensionLists(built: Built, published: Built, filled: Readonly<Record<string, unknown>> = {}): string[] {
  const codes = (instrument: Instrument | undefined, name: string) =>
    instrument?.choiceLists.find((l) => l.name === name)?.choices.map((c) => c.code).join(' ');
  const unfilled = built.instruments.flatMap((instrument) => {
    const example = published.instruments.find((i) => i.id === instrument.id);
    return instrument.choiceLists
      .filter((l) => l.extension && filled[l.name] === undefined && codes(instrument, l.name) === codes(example, l.name))
      .map((l) => l.name);
  });
  return [...new Set(unfilled)].sort();
}
