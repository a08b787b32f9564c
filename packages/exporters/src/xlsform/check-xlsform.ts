import { checkChoices } from './check-choices.js';
import { checkLanguages, formLanguages } from './check-languages.js';
import { checkReferences, checkSettingsReferences } from './check-references.js';
import { checkSurvey } from './check-survey.js';
import { normalizeSheet } from './normalize-sheet.js';
import { readXlsform } from './read-xlsform.js';
import type { XlsformProblem } from './xlsform-problem.js';
import { splitLanguageColumn, type PartialXlsformWorkbook, type XlsformSheet, type XlsformSheetName } from './xlsform-workbook.js';

/**
 * Checks an XLSForm the way pyxform does before it converts one (xlsform.org): required
 * sheets and columns, known types, valid unique names, balanced groups and repeats, choice
 * lists that exist with unique names, `${name}` references that resolve to an earlier
 * question in scope, and the same language columns on every translatable column.
 * Takes the .xlsx bytes or sheets already read; returns problems, never throws on a bad form.
 */
export async function checkXlsform(input: Uint8Array | ArrayBuffer | PartialXlsformWorkbook): Promise<XlsformProblem[]> {
  const sheets = input instanceof Uint8Array || input instanceof ArrayBuffer ? await readXlsform(input) : input;
  return checkXlsformSheets(sheets);
}

export function checkXlsformSheets(input: PartialXlsformWorkbook): XlsformProblem[] {
  const sheets = normalizeAll(input);
  const problems: XlsformProblem[] = [];
  const survey = sheets.survey;
  if (!survey) return [sheetProblem('survey', 'missing-sheet', 'the workbook has no "survey" sheet; an XLSForm needs one')];
  if (!requireColumns('survey', survey, ['type', 'name'], problems)) return problems;
  requireLabelColumn('survey', survey, problems);
  const outline = checkSurvey(survey, problems);
  checkReferences(survey, outline, problems);
  if (sheets.choices) {
    requireColumns('choices', sheets.choices, ['list_name', 'name'], problems);
    requireLabelColumn('choices', sheets.choices, problems);
  } else if (outline.selects.size > 0) {
    problems.push(sheetProblem('choices', 'missing-sheet', 'the survey has select questions but the workbook has no "choices" sheet'));
  }
  checkChoices(sheets.choices, outline, problems);
  checkLanguages(sheets, problems);
  if (sheets.settings) {
    checkSettingsReferences(sheets.settings, outline, problems);
    checkDefaultLanguage(sheets.settings, formLanguages([survey, sheets.choices]), problems);
  }
  return problems;
}

function normalizeAll(input: PartialXlsformWorkbook): Partial<Record<XlsformSheetName, XlsformSheet>> {
  const out: Partial<Record<XlsformSheetName, XlsformSheet>> = {};
  for (const [name, sheet] of Object.entries(input) as [XlsformSheetName, XlsformSheet | undefined][]) {
    if (sheet) out[name] = normalizeSheet(sheet);
  }
  return out;
}

function sheetProblem(sheet: XlsformSheetName, code: XlsformProblem['code'], message: string, column?: string): XlsformProblem {
  return { code, severity: 'error', sheet, ...(column !== undefined && { column }), message };
}

function requireColumns(name: XlsformSheetName, sheet: XlsformSheet, columns: readonly string[], problems: XlsformProblem[]): boolean {
  const missing = columns.filter((c) => !sheet.columns.includes(c));
  for (const column of missing) problems.push(sheetProblem(name, 'missing-column', `the ${name} sheet has no "${column}" column`, column));
  return missing.length === 0;
}

function requireLabelColumn(name: XlsformSheetName, sheet: XlsformSheet, problems: XlsformProblem[]): void {
  if (sheet.columns.some((c) => splitLanguageColumn(c).base === 'label')) return;
  problems.push(
    sheetProblem(name, 'missing-column', `the ${name} sheet has no label column ("label", or "label::English (en)" per language)`, 'label'),
  );
}

function checkDefaultLanguage(settings: XlsformSheet, languages: readonly string[], problems: XlsformProblem[]): void {
  const declared = settings.rows[0]?.['default_language'];
  const named = languages.filter((l) => l !== '');
  if (declared === undefined || named.length === 0 || named.includes(declared)) return;
  problems.push({
    code: 'unknown-default-language',
    severity: 'warning',
    sheet: 'settings',
    row: 2,
    column: 'default_language',
    message: `settings default_language "${declared}" is not one of the form's languages (${named.join(', ')}); write it exactly as in the column headers`,
  });
}
