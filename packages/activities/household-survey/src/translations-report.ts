import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { untranslatedKeys, type Text, type Translations } from '@dh/core';

/** For each language file of a translations folder, the keys it leaves untranslated. */
export interface TranslationReport {
  readonly language: string;
  readonly file: string;
  readonly untranslated: readonly string[];
  readonly total: number;
}

/**
 * Reads `<folder>/<language>.json` (key → text) for every language but English, which is
 * the generated source, and lists the instrument texts each lacks or leaves empty.
 */
export function untranslatedByLanguage(folder: string, texts: readonly Text[]): TranslationReport[] {
  if (!existsSync(folder)) return [];
  // Instruments share choice lists, so a key may come from several of them: count it once.
  const unique = [...new Map(texts.map((t) => [t.key, t])).values()];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'en.json')
    .sort()
    .map((name) => {
      const file = join(folder, name);
      let translations: Translations;
      try {
        translations = JSON.parse(readFileSync(file, 'utf8')) as Translations;
      } catch (error) {
        throw new Error(`${file} is not valid JSON (${(error as Error).message}); it should map each translation key to its text.`);
      }
      return { language: basename(name, '.json'), file, untranslated: untranslatedKeys(unique, translations), total: unique.length };
    });
}
