import { withExtensionLists, type BuiltActivity, type ChoiceDraft } from '@dh/core';

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

/** The extension lists an activity's instruments declare that the country has not filled: they still hold example codes. */
export function unfilledExtensionLists(built: Built, lists: Readonly<Record<string, unknown>>): string[] {
  const names = built.instruments.flatMap((i) => i.choiceLists.filter((l) => l.extension).map((l) => l.name));
  return [...new Set(names)].filter((name) => lists[name] === undefined).sort();
}
