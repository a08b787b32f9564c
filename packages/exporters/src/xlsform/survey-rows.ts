import {
  any,
  compileToXlsform,
  referencedNames,
  type Expr,
  type Group,
  type Instrument,
  type InstrumentNode,
  type Question,
  type Repeat,
  type Text,
} from '@dh/core';
import { constraintWithBounds } from '../common/constraint-with-bounds.js';
import { XLSFORM_TEXTS } from './xlsform-texts.js';

/** A survey row before languages are known: plain cells, and texts still to translate. */
export interface SurveyRowDraft {
  readonly cells: Readonly<Record<string, string>>;
  readonly texts: Readonly<Partial<Record<'label' | 'hint' | 'guidance_hint' | 'constraint_message' | 'required_message', Text>>>;
}

/** The `survey` sheet of an instrument, in document order (xlsform.org). */
export function surveyRows(instrument: Instrument): SurveyRowDraft[] {
  const rows: SurveyRowDraft[] = [];
  visit(instrument.children, false, rows);
  return rows;
}

function visit(nodes: readonly InstrumentNode[], insideSelfCompleted: boolean, rows: SurveyRowDraft[]): void {
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index] as InstrumentNode;
    if (insideSelfCompleted || !isSelfCompleted(node)) {
      emitNode(node, insideSelfCompleted, rows);
      index += 1;
      continue;
    }
    let end = index;
    while (end < nodes.length && isSelfCompleted(nodes[end] as InstrumentNode)) end += 1;
    emitSelfCompletedRun(nodes.slice(index, end), rows);
    index = end;
  }
}

const isSelfCompleted = (node: InstrumentNode): boolean => node.kind !== 'repeat' && node.selfCompleted;

/**
 * A run of self-completed questions or groups, framed by two notes so the interviewer
 * hands the tablet over and gets it back. The notes show when any item of the run can be
 * asked, judged only by relevances that read questions before the run (the notes come first).
 */
function emitSelfCompletedRun(run: readonly InstrumentNode[], rows: SurveyRowDraft[]): void {
  const first = run[0] as InstrumentNode;
  const inRun = new Set(run.flatMap(namesIn));
  const entryConditions = run
    .map((node) => node.relevant)
    .filter((relevant) => relevant === undefined || referencedNames(relevant).every((name) => !inRun.has(name)));
  const distinct = [...new Map((entryConditions as Expr[]).map((e) => [compileToXlsform(e), e])).values()];
  const relevant = entryConditions.length === 0 || entryConditions.includes(undefined) ? undefined : any(...distinct);
  const note = (suffix: string, text: Text): SurveyRowDraft => ({
    cells: { type: 'note', name: `${first.name}_${suffix}`, ...(relevant && { relevant: compileToXlsform(relevant) }) },
    texts: { label: text },
  });
  rows.push(note('self_start', XLSFORM_TEXTS.selfCompletedStart));
  for (const node of run) emitNode(node, true, rows);
  rows.push(note('self_end', XLSFORM_TEXTS.selfCompletedEnd));
}

function namesIn(node: InstrumentNode): string[] {
  return node.kind === 'question' ? [node.name] : [node.name, ...node.children.flatMap(namesIn)];
}

function emitNode(node: InstrumentNode, selfCompleted: boolean, rows: SurveyRowDraft[]): void {
  if (node.kind === 'question') {
    rows.push(questionRow(node, selfCompleted || node.selfCompleted));
    return;
  }
  rows.push(node.kind === 'group' ? beginGroupRow(node) : beginRepeatRow(node));
  visit(node.children, node.kind === 'group' ? selfCompleted || node.selfCompleted : selfCompleted, rows);
  rows.push({ cells: { type: node.kind === 'group' ? 'end_group' : 'end_repeat' }, texts: {} });
}

function beginGroupRow(group: Group): SurveyRowDraft {
  return {
    cells: { type: 'begin_group', name: group.name, ...(group.relevant && { relevant: compileToXlsform(group.relevant) }) },
    texts: { label: group.label },
  };
}

function beginRepeatRow(repeat: Repeat): SurveyRowDraft {
  return {
    cells: {
      type: 'begin_repeat',
      name: repeat.name,
      ...(repeat.relevant && { relevant: compileToXlsform(repeat.relevant) }),
      ...(repeat.repeatCount && { repeat_count: compileToXlsform(repeat.repeatCount) }),
    },
    texts: { label: repeat.label },
  };
}

function questionRow(question: Question, selfCompleted: boolean): SurveyRowDraft {
  const constraint = constraintWithBounds(question);
  const shown = question.type !== 'calculate';
  return {
    cells: {
      type: question.listName !== undefined ? `${question.type} ${question.listName}` : question.type,
      name: question.name,
      ...(question.required && shown && question.type !== 'note' && { required: 'yes' }),
      ...(question.relevant && { relevant: compileToXlsform(question.relevant) }),
      ...(constraint && { constraint: compileToXlsform(constraint) }),
      ...(question.calculation && { calculation: compileToXlsform(question.calculation) }),
      ...(question.appearance !== undefined && { appearance: question.appearance }),
    },
    texts: {
      ...(question.label && { label: question.label }),
      ...(question.hint && { hint: question.hint }),
      ...(selfCompleted && shown && { guidance_hint: XLSFORM_TEXTS.selfCompletedGuidance }),
      ...(constraint && question.constraintMessage && { constraint_message: question.constraintMessage }),
      ...(question.required && shown && question.type !== 'note' && { required_message: XLSFORM_TEXTS.required }),
    },
  };
}
