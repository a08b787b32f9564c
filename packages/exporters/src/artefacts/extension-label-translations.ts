import { choiceKey, type Translations } from '@dh/core';

/** An extension-list entry as an assessment config writes it: a code, its English label, and its labels by language. */
export interface ExtensionEntry {
  readonly code: string;
  readonly label: string;
  readonly labels?: Readonly<Record<string, string>> | undefined;
}

/**
 * The labels a country gave its own extension-list codes (assessment.json `extensionLists`),
 * as translations of the choice keys, so they reach the XLSForm like any other translation.
 * The translation file wins where both give a text: it is where translators work.
 */
export function withExtensionLabels(
  translations: Translations,
  extensionLists: Readonly<Record<string, readonly ExtensionEntry[]>>,
  language: string,
): Translations {
  const fromConfig: Record<string, string> = {};
  for (const [listName, entries] of Object.entries(extensionLists)) {
    for (const entry of entries) {
      const label = entry.labels?.[language];
      if (label !== undefined && label.trim() !== '') fromConfig[choiceKey(listName, entry.code)] = label;
    }
  }
  const own = Object.fromEntries(Object.entries(translations).filter(([, text]) => text.trim() !== ''));
  return { ...fromConfig, ...own };
}
