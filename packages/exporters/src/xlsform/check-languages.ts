import type { XlsformProblem } from './xlsform-problem.js';
import { TRANSLATABLE_COLUMNS, languageColumn, splitLanguageColumn, type XlsformSheet, type XlsformSheetName } from './xlsform-workbook.js';

const TRANSLATABLE: ReadonlySet<string> = new Set(TRANSLATABLE_COLUMNS);
/** A plain `label` next to `label::English (en)` is the form's unnamed "default" language. */
const DEFAULT = '';

/** The languages of a form: every language suffix of a translatable column, in first-seen order. */
export function formLanguages(sheets: readonly (XlsformSheet | undefined)[]): string[] {
  const languages = new Set<string>();
  for (const sheet of sheets) {
    for (const column of sheet?.columns ?? []) {
      const { base, language } = splitLanguageColumn(column);
      if (TRANSLATABLE.has(base)) languages.add(language ?? DEFAULT);
    }
  }
  return [...languages];
}

/**
 * Every translatable column present in a sheet exists for every language of the form
 * (pyxform warns otherwise, and Collect shows that text in no language or the wrong one).
 */
export function checkLanguages(sheets: Readonly<Partial<Record<XlsformSheetName, XlsformSheet>>>, problems: XlsformProblem[]): void {
  const languages = formLanguages([sheets.survey, sheets.choices]);
  if (languages.length < 2) return;
  for (const name of ['survey', 'choices'] as const) {
    const sheet = sheets[name];
    if (!sheet) continue;
    const byBase = new Map<string, Set<string>>();
    for (const column of sheet.columns) {
      const { base, language } = splitLanguageColumn(column);
      if (!TRANSLATABLE.has(base)) continue;
      byBase.set(base, (byBase.get(base) ?? new Set()).add(language ?? DEFAULT));
    }
    for (const [base, present] of byBase) {
      for (const language of languages.filter((l) => !present.has(l))) {
        const column = language === DEFAULT ? base : languageColumn(base, language);
        problems.push({
          code: 'missing-translation-column',
          severity: 'warning',
          sheet: name,
          column,
          message: `${name} sheet: ${base} has no column for ${language === DEFAULT ? 'the default (unnamed) language' : language}; add a "${column}" column so every language has the same columns`,
        });
      }
    }
  }
}
