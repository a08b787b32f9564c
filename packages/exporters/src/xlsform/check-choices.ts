import type { SurveyOutline } from './check-survey.js';
import type { XlsformProblem } from './xlsform-problem.js';
import { sheetRowNumber, type XlsformSheet } from './xlsform-workbook.js';

/** Every list a select names exists; choice names are present and unique within their list. */
export function checkChoices(choices: XlsformSheet | undefined, outline: SurveyOutline, problems: XlsformProblem[]): void {
  const lists = new Map<string, Map<string, number>>();
  choices?.rows.forEach((row, index) => {
    if (Object.keys(row).length === 0) return;
    const at = sheetRowNumber(index);
    const listName = row['list_name'];
    const name = row['name'];
    if (listName === undefined || name === undefined) {
      const column = listName === undefined ? 'list_name' : 'name';
      problems.push({
        code: 'missing-name',
        severity: 'error',
        sheet: 'choices',
        row: at,
        column,
        message: `choices row ${at}: the ${column} is empty; every choice needs a list_name and a name`,
      });
      return;
    }
    const names = lists.get(listName) ?? new Map<string, number>();
    lists.set(listName, names);
    const earlier = names.get(name);
    if (earlier !== undefined) {
      problems.push({
        code: 'duplicate-choice',
        severity: 'error',
        sheet: 'choices',
        row: at,
        column: 'name',
        message: `choices row ${at}: list "${listName}" already has the choice "${name}" (row ${earlier}); choice names must be unique within a list`,
      });
    } else {
      names.set(name, at);
    }
    if (/\s/.test(name) && outline.selects.get(listName)?.multiple) {
      problems.push({
        code: 'invalid-choice-name',
        severity: 'error',
        sheet: 'choices',
        row: at,
        column: 'name',
        message: `choices row ${at}: "${name}" contains a space, but list "${listName}" is used by a select_multiple, whose answers are space-separated codes`,
      });
    }
  });
  for (const [listName, use] of outline.selects) {
    if (lists.has(listName)) continue;
    const at = sheetRowNumber(use.index);
    problems.push({
      code: 'unknown-list',
      severity: 'error',
      sheet: 'survey',
      row: at,
      column: 'type',
      message: `survey row ${at}: the choice list "${listName}" is not in the choices sheet; add its choices or fix the list name`,
    });
  }
}
