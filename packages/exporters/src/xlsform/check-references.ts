import type { SurveyOutline } from './check-survey.js';
import type { XlsformProblem } from './xlsform-problem.js';
import { sheetRowNumber, splitLanguageColumn, type XlsformSheet } from './xlsform-workbook.js';

/** Expression columns whose `${name}` references must resolve. */
const EXPRESSION_COLUMNS: ReadonlySet<string> = new Set([
  'relevant',
  'constraint',
  'calculation',
  'repeat_count',
  'choice_filter',
  'required',
  'read_only',
  'default',
  'trigger',
]);
/** Columns that may mention the row's own answer: `.` written as `${name}`, or the answer shown in a message. */
const SELF_ALLOWED: ReadonlySet<string> = new Set([
  'constraint',
  'required',
  'read_only',
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'required_message',
]);
const TEXT_BASES: ReadonlySet<string> = new Set(['label', 'hint', 'guidance_hint', 'constraint_message', 'required_message']);

const REFERENCE = /\$\{([^}]*)\}/g;

/**
 * Every `${name}` must name a question, group or repeat defined on an earlier row, outside
 * any repeat that does not also enclose the row (one answer, not a list of them).
 */
export function checkReferences(survey: XlsformSheet, outline: SurveyOutline, problems: XlsformProblem[]): void {
  survey.rows.forEach((row, index) => {
    const around = outline.repeatsAround[index] ?? [];
    for (const [column, value] of Object.entries(row)) {
      const base = splitLanguageColumn(column).base;
      if (!EXPRESSION_COLUMNS.has(base) && !TEXT_BASES.has(base)) continue;
      for (const match of value.matchAll(REFERENCE)) {
        const name = (match[1] ?? '').trim();
        if (name === row['name'] && SELF_ALLOWED.has(base)) continue;
        const problem = resolve(name, index, around, outline);
        if (problem)
          problems.push({
            ...problem,
            severity: 'error',
            sheet: 'survey',
            row: sheetRowNumber(index),
            column,
            message: `survey row ${sheetRowNumber(index)}, ${column}: ${problem.message}`,
          });
      }
    }
  });
}

/** The settings' instance_name is computed once per submission, outside every repeat. */
export function checkSettingsReferences(settings: XlsformSheet, outline: SurveyOutline, problems: XlsformProblem[]): void {
  const last = outline.repeatsAround.length;
  settings.rows.forEach((row, index) => {
    for (const column of ['instance_name']) {
      for (const match of (row[column] ?? '').matchAll(REFERENCE)) {
        const problem = resolve((match[1] ?? '').trim(), last, [], outline);
        if (problem)
          problems.push({
            ...problem,
            severity: 'error',
            sheet: 'settings',
            row: sheetRowNumber(index),
            column,
            message: `settings ${column}: ${problem.message}`,
          });
      }
    }
  });
}

function resolve(
  name: string,
  index: number,
  around: readonly number[],
  outline: SurveyOutline,
): Pick<XlsformProblem, 'code' | 'message'> | undefined {
  const definition = outline.definitions.get(name);
  if (definition === undefined)
    return { code: 'unknown-reference', message: `\${${name}} names no question in the form; check the spelling` };
  if (definition.index > index) {
    return {
      code: 'forward-reference',
      message: `\${${name}} is defined later (row ${sheetRowNumber(definition.index)}); a question can only read answers given before it`,
    };
  }
  const outside = definition.repeats.find((repeat) => !around.includes(repeat));
  if (outside !== undefined) {
    return {
      code: 'reference-into-repeat',
      message: `\${${name}} is inside the repeat that starts at row ${sheetRowNumber(outside)}, which does not enclose this row, so it has one answer per repetition, not one`,
    };
  }
  return undefined;
}
