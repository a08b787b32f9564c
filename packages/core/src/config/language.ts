/** BCP 47 language tags, checked structurally and against the runtime's CLDR language data. */
let names: Intl.DisplayNames | undefined;

/** The runtime's language names, loaded when first asked: loading them costs 20 ms, too much for every command's start-up. */
function languageNames(): Intl.DisplayNames {
  names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return names;
}

export interface LanguageTagCheck {
  readonly valid: boolean;
  readonly canonical?: string;
  readonly reason?: string;
}

export function checkLanguageTag(tag: string): LanguageTagCheck {
  let canonical: string;
  try {
    const [first] = Intl.getCanonicalLocales(tag);
    if (first === undefined) return { valid: false, reason: 'empty tag' };
    canonical = first;
  } catch {
    return { valid: false, reason: 'not a well-formed BCP 47 tag' };
  }
  const primary = canonical.split('-')[0] ?? '';
  if (languageNames().of(primary) === undefined) {
    return { valid: false, reason: `"${primary}" is not a known language subtag` };
  }
  return { valid: true, canonical };
}

/** English name of a language tag, e.g. `sw` → `Swahili`, `pt-MZ` → `Portuguese (Mozambique)`. */
export function languageName(tag: string): string {
  return languageNames().of(tag) ?? tag;
}

/** The XLSForm column suffix for a language: `English (en)` (docs/formats.md § XLSForm). */
export function xlsformLanguageLabel(tag: string): string {
  return `${languageName(tag)} (${tag})`;
}
