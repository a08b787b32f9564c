import type { Instrument, InstrumentNode, Text } from './types.js';

/** A translation file: key → text in one language (`translations/<lang>.json`). */
export type Translations = Readonly<Record<string, string>>;

/** Every translatable text of an instrument, in document order, keyed once. */
export function instrumentTexts(instrument: Instrument): Text[] {
  const texts = new Map<string, Text>();
  const add = (t: Text | undefined): void => {
    if (t && !texts.has(t.key)) texts.set(t.key, t);
  };
  add(instrument.title);
  const visit = (nodes: readonly InstrumentNode[]): void => {
    for (const node of nodes) {
      add(node.label);
      if (node.kind === 'question') {
        add(node.hint);
        add(node.constraintMessage);
      } else {
        visit(node.children);
      }
    }
  };
  visit(instrument.children);
  for (const list of instrument.choiceLists) for (const choice of list.choices) add(choice.label);
  return [...texts.values()];
}

/** The keys a language lacks (or has left empty), per instrument text. */
export function untranslatedKeys(texts: readonly Text[], translations: Translations): string[] {
  return texts.filter((t) => !translations[t.key]?.trim()).map((t) => t.key);
}

/** A text in a language, falling back to English when untranslated. */
export function translate(text: Text, language: string, translations: Translations | undefined): string {
  if (language === 'en') return text.en;
  const translated = translations?.[text.key];
  return translated && translated.trim() !== '' ? translated : text.en;
}
