import { translate, untranslatedKeys, xlsformLanguageLabel, type Instrument, type Text, type Translations } from '@dh/core';
import { surveyRows, type SurveyRowDraft } from './survey-rows.js';
import { languageColumn, type XlsformRow, type XlsformSheet, type XlsformWorkbook } from './xlsform-workbook.js';
import { xlsformVersion } from './xlsform-version.js';

export interface XlsformOptions {
  /** BCP 47 tags, the first being the form's default language. English is the source text. */
  readonly languages: readonly string[];
  /** Per language tag, key → text (`translations/<lang>.json`); missing keys fall back to English. */
  readonly translations?: Readonly<Record<string, Translations>>;
}

export interface XlsformExport {
  readonly workbook: XlsformWorkbook;
  /** Per language tag, the keys shown in English because that language lacks them. */
  readonly untranslated: Readonly<Record<string, readonly string[]>>;
}

/** Column order of the survey sheet; translatable ones expand to one column per language. */
const SURVEY_COLUMNS = [
  'type',
  'name',
  'label',
  'hint',
  'guidance_hint',
  'required',
  'required_message',
  'relevant',
  'constraint',
  'constraint_message',
  'calculation',
  'repeat_count',
  'appearance',
] as const;
const TEXT_COLUMNS: ReadonlySet<string> = new Set(['label', 'hint', 'guidance_hint', 'required_message', 'constraint_message']);

/**
 * An instrument as an XLSForm (xlsform.org) with every language in one workbook: each
 * translatable column once per language, so every language has the same set of columns.
 */
export function buildXlsform(instrument: Instrument, options: XlsformOptions): XlsformExport {
  if (options.languages.length === 0) throw new RangeError('an XLSForm needs at least one language');
  const used = new Map<string, Text>([[instrument.title.key, instrument.title]]);
  const text = (t: Text, language: string): string => {
    used.set(t.key, t);
    return translate(t, language, options.translations?.[language]);
  };
  const drafts = surveyRows(instrument);
  const survey = renderSurvey(drafts, options.languages, text);
  const choices = renderChoices(instrument, options.languages, text);
  const defaultLanguage = options.languages[0] as string;
  const settings: XlsformSheet = {
    columns: ['form_title', 'form_id', 'version', 'default_language', 'instance_name'],
    rows: [
      {
        form_title: text(instrument.title, defaultLanguage),
        form_id: instrument.id,
        version: xlsformVersion(instrument.version),
        default_language: xlsformLanguageLabel(defaultLanguage),
        instance_name: instanceName(instrument),
      },
    ],
  };
  const untranslated: Record<string, readonly string[]> = {};
  for (const language of options.languages) {
    untranslated[language] = language === 'en' ? [] : untranslatedKeys([...used.values()], options.translations?.[language] ?? {});
  }
  return { workbook: { survey, choices, settings }, untranslated };
}

function renderSurvey(
  drafts: readonly SurveyRowDraft[],
  languages: readonly string[],
  text: (t: Text, language: string) => string,
): XlsformSheet {
  const present = new Set(drafts.flatMap((d) => [...Object.keys(d.cells), ...Object.keys(d.texts)]));
  const columns = SURVEY_COLUMNS.filter((c) => c === 'label' || present.has(c)).flatMap((c) =>
    TEXT_COLUMNS.has(c) ? languages.map((l) => languageColumn(c, xlsformLanguageLabel(l))) : [c],
  );
  const rows = drafts.map((draft): XlsformRow => {
    const row: Record<string, string> = { ...draft.cells };
    for (const [column, t] of Object.entries(draft.texts)) {
      for (const language of languages) row[languageColumn(column, xlsformLanguageLabel(language))] = text(t, language);
    }
    return row;
  });
  return { columns, rows };
}

function renderChoices(instrument: Instrument, languages: readonly string[], text: (t: Text, language: string) => string): XlsformSheet {
  const labelColumns = languages.map((l) => languageColumn('label', xlsformLanguageLabel(l)));
  const rows = instrument.choiceLists.flatMap((list) =>
    list.choices.map((choice): XlsformRow => {
      const row: Record<string, string> = { list_name: list.name, name: choice.code };
      languages.forEach((language, i) => (row[labelColumns[i] as string] = text(choice.label, language)));
      return row;
    }),
  );
  return { columns: ['list_name', 'name', ...labelColumns], rows };
}

/** Names each submission after its record key, so a partner finds a record by the code on the paper log. */
function instanceName(instrument: Instrument): string {
  const parts = instrument.key.map((name) => `\${${name}}`);
  return parts.length === 1 ? (parts[0] as string) : `concat(${parts.join(", '-', ")})`;
}
