import { XML_NAME } from '@dh/core';
import { KNOWN_TYPES, UNLABELLED_TYPES, parseSurveyType } from './normalize-sheet.js';
import type { XlsformProblem } from './xlsform-problem.js';
import { sheetRowNumber, splitLanguageColumn, type XlsformRow, type XlsformSheet } from './xlsform-workbook.js';

/** Where each name of the survey is defined, for the reference check. */
export interface SurveyOutline {
  /** Name → row index of its definition and the begin_repeat rows around it. */
  readonly definitions: ReadonlyMap<string, { readonly index: number; readonly repeats: readonly number[] }>;
  /** Per row index, the begin_repeat rows that enclose it. */
  readonly repeatsAround: readonly (readonly number[])[];
  /** Select questions: list name → whether any is a select_multiple, and the first row using it. */
  readonly selects: ReadonlyMap<string, { readonly index: number; readonly multiple: boolean }>;
}

interface OpenBlock {
  readonly kind: 'group' | 'repeat';
  readonly index: number;
  readonly name: string;
}

/** Types, names, labels and the balance of groups and repeats, in one pass over the survey sheet. */
export function checkSurvey(survey: XlsformSheet, problems: XlsformProblem[]): SurveyOutline {
  const definitions = new Map<string, { index: number; repeats: readonly number[] }>();
  const repeatsAround: (readonly number[])[] = [];
  const selects = new Map<string, { index: number; multiple: boolean }>();
  const open: OpenBlock[] = [];
  const report = (index: number, column: string, code: XlsformProblem['code'], message: string): void => {
    problems.push({
      code,
      severity: 'error',
      sheet: 'survey',
      row: sheetRowNumber(index),
      column,
      message: `survey row ${sheetRowNumber(index)}: ${message}`,
    });
  };
  survey.rows.forEach((row, index) => {
    const repeats = open.filter((b) => b.kind === 'repeat').map((b) => b.index);
    repeatsAround.push(repeats);
    if (Object.keys(row).length === 0) return;
    const { keyword, listName } = parseSurveyType(row['type'] ?? '');
    if (keyword === '')
      return report(
        index,
        'type',
        'unknown-type',
        'the type is empty; every row with content needs a type (text, integer, select_one LIST, begin_group, ...)',
      );
    if (!KNOWN_TYPES.has(keyword)) return report(index, 'type', 'unknown-type', `"${row['type']}" is not an XLSForm type`);
    if (keyword === 'end_group' || keyword === 'end_repeat') return closeBlock(keyword, index, open, report);
    if (!checkName(row, index, definitions, report)) return;
    definitions.set(row['name'] as string, { index, repeats });
    if (keyword === 'begin_group' || keyword === 'begin_repeat')
      open.push({ kind: keyword === 'begin_group' ? 'group' : 'repeat', index, name: row['name'] as string });
    if (keyword === 'select_one' || keyword === 'select_multiple') {
      if (listName === undefined)
        return report(index, 'type', 'unknown-list', `"${row['type']}" names no choice list: write "${keyword} LIST_NAME"`);
      const seen = selects.get(listName);
      selects.set(listName, { index: seen?.index ?? index, multiple: (seen?.multiple ?? false) || keyword === 'select_multiple' });
    }
    if (!UNLABELLED_TYPES.has(keyword) && !hasText(row, ['label', 'hint']))
      report(index, 'label', 'missing-label', `"${row['name']}" has no label (nor hint); add one in the label column`);
    if (keyword === 'calculate' && !row['calculation'])
      report(index, 'calculation', 'missing-calculation', `calculate "${row['name']}" has no calculation`);
  });
  for (const block of open.reverse()) {
    report(
      block.index,
      'type',
      'unbalanced-group',
      `begin_${block.kind} "${block.name}" is never closed: add an end_${block.kind} row after its last question`,
    );
  }
  return { definitions, repeatsAround, selects };
}

type Report = (index: number, column: string, code: XlsformProblem['code'], message: string) => void;

function closeBlock(keyword: 'end_group' | 'end_repeat', index: number, open: OpenBlock[], report: Report): void {
  const kind = keyword === 'end_group' ? 'group' : 'repeat';
  const block = open.pop();
  if (block === undefined)
    return report(index, 'type', 'unbalanced-group', `${keyword} closes nothing: there is no open begin_${kind} above it`);
  if (block.kind !== kind) {
    report(
      index,
      'type',
      'unbalanced-group',
      `${keyword} closes the ${block.kind} "${block.name}" opened at row ${sheetRowNumber(block.index)}: use end_${block.kind}, or close the ${kind} it meant`,
    );
  }
}

function checkName(row: XlsformRow, index: number, definitions: ReadonlyMap<string, { index: number }>, report: Report): boolean {
  const name = row['name'];
  if (name === undefined) {
    report(index, 'name', 'missing-name', `a ${row['type']} row has no name; give it a unique name (letters, digits, _ . -)`);
    return false;
  }
  if (!XML_NAME.test(name)) {
    report(
      index,
      'name',
      'invalid-name',
      `"${name}" is not a valid XML name: start with a letter or _, then use only letters, digits, _ . -`,
    );
    return false;
  }
  const earlier = definitions.get(name);
  if (earlier !== undefined) {
    report(
      index,
      'name',
      'duplicate-name',
      `the name "${name}" is already used at row ${sheetRowNumber(earlier.index)}; names must be unique in the form`,
    );
    return false;
  }
  return true;
}

/** True when any language column (or the plain column) of these bases holds text. */
export function hasText(row: XlsformRow, bases: readonly string[]): boolean {
  return Object.entries(row).some(([header, value]) => value !== '' && bases.includes(splitLanguageColumn(header).base));
}
