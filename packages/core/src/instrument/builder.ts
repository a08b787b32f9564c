import type { Expr } from '../expression/ast.js';
import { toExpr, type Term } from '../expression/builders.js';
import type { Choice, ChoiceList, Group, Instrument, InstrumentNode, MissingKind, Question, QuestionType, Repeat, Text } from './types.js';
import { checkInstrument } from './check-instrument.js';

/**
 * The typed instrument builder (docs/architecture.md, principle 1). Authors write English text;
 * translation keys are derived from names, so the same key always means the same text:
 * `<instrument>.<question>.label`, `<instrument>.<question>.hint`, `choices.<list>.<code>`.
 */

/** A question before its instrument gives it translation keys. */
export type QuestionDraft = Omit<Question, 'label' | 'hint' | 'constraintMessage'> & {
  readonly labelText?: string;
  readonly hintText?: string;
  readonly constraintMessageText?: string;
};
export type GroupDraft = Omit<Group, 'label' | 'children'> & {
  readonly labelText: string;
  readonly children: readonly NodeDraft[];
};
export type RepeatDraft = Omit<Repeat, 'label' | 'children'> & {
  readonly labelText: string;
  readonly children: readonly NodeDraft[];
};
export type NodeDraft = QuestionDraft | GroupDraft | RepeatDraft;

export interface QuestionOptions {
  readonly hint?: string;
  readonly required?: boolean;
  readonly relevant?: Expr;
  readonly constraint?: Expr;
  readonly constraintMessage?: string;
  readonly selfCompleted?: boolean;
  readonly appearance?: string;
}

export interface NumberOptions extends QuestionOptions {
  readonly min?: number;
  readonly max?: number;
}

function question(
  type: QuestionType,
  name: string,
  label: string | undefined,
  options: NumberOptions & { listName?: string; calculation?: Expr; calculateType?: 'integer' | 'decimal' | 'text'; freeText?: boolean },
): QuestionDraft {
  return {
    kind: 'question',
    type,
    name,
    required: options.required ?? false,
    selfCompleted: options.selfCompleted ?? false,
    ...(label !== undefined && { labelText: label }),
    ...(options.hint !== undefined && { hintText: options.hint }),
    ...(options.constraintMessage !== undefined && { constraintMessageText: options.constraintMessage }),
    ...(options.relevant !== undefined && { relevant: options.relevant }),
    ...(options.constraint !== undefined && { constraint: options.constraint }),
    ...(options.listName !== undefined && { listName: options.listName }),
    ...(options.calculation !== undefined && { calculation: options.calculation }),
    ...(options.calculateType !== undefined && { calculateType: options.calculateType }),
    ...(options.min !== undefined && { minimum: options.min }),
    ...(options.max !== undefined && { maximum: options.max }),
    ...(options.appearance !== undefined && { appearance: options.appearance }),
    ...(options.freeText !== undefined && { freeText: options.freeText }),
  };
}

export const integer = (name: string, label: string, options: NumberOptions = {}): QuestionDraft =>
  question('integer', name, label, options);
export const decimal = (name: string, label: string, options: NumberOptions = {}): QuestionDraft =>
  question('decimal', name, label, options);
/** Free text. Kept rare: free text is where personal identifiers leak (docs/methodology.md § data protection). */
export const text = (name: string, label: string, options: QuestionOptions = {}): QuestionDraft =>
  question('text', name, label, { ...options, freeText: true });
/** An identifier or code typed by the interviewer: text, but not free text. */
export const code = (name: string, label: string, options: QuestionOptions = {}): QuestionDraft => question('text', name, label, options);
export const date = (name: string, label: string, options: QuestionOptions = {}): QuestionDraft => question('date', name, label, options);
export const note = (
  name: string,
  label: string,
  options: Pick<QuestionOptions, 'relevant' | 'hint' | 'selfCompleted'> = {},
): QuestionDraft => question('note', name, label, options);
export const selectOne = (name: string, listName: string, label: string, options: QuestionOptions = {}): QuestionDraft =>
  question('select_one', name, label, { ...options, listName });
export const selectMultiple = (name: string, listName: string, label: string, options: QuestionOptions = {}): QuestionDraft =>
  question('select_multiple', name, label, { ...options, listName });
export const calculate = (
  name: string,
  calculation: Expr | Term,
  calculateType: 'integer' | 'decimal' | 'text' = 'integer',
  options: Pick<QuestionOptions, 'relevant'> = {},
): QuestionDraft => question('calculate', name, undefined, { ...options, calculation: toExpr(calculation), calculateType });

export interface GroupOptions {
  readonly relevant?: Expr;
  readonly selfCompleted?: boolean;
  /** Countries may add their own questions at the end of this group, under this id. */
  readonly extensionPoint?: string;
}

export function group(name: string, label: string, children: readonly NodeDraft[], options: GroupOptions = {}): GroupDraft {
  return {
    kind: 'group',
    name,
    labelText: label,
    selfCompleted: options.selfCompleted ?? false,
    children,
    ...(options.relevant !== undefined && { relevant: options.relevant }),
    ...(options.extensionPoint !== undefined && { extensionPoint: options.extensionPoint }),
  };
}

export interface RepeatOptions {
  readonly recordType: string;
  readonly key: readonly string[];
  readonly relevant?: Expr;
  readonly repeatCount?: Expr;
}

export function repeat(name: string, label: string, children: readonly NodeDraft[], options: RepeatOptions): RepeatDraft {
  return {
    kind: 'repeat',
    name,
    labelText: label,
    recordType: options.recordType,
    key: options.key,
    children,
    ...(options.relevant !== undefined && { relevant: options.relevant }),
    ...(options.repeatCount !== undefined && { repeatCount: options.repeatCount }),
  };
}

export interface ChoiceDraft {
  readonly code: string;
  readonly label: string;
  readonly missing?: MissingKind;
}

export interface ChoiceListDraft {
  readonly name: string;
  readonly choices: readonly ChoiceDraft[];
  readonly extension: boolean;
}

export const choiceKey = (listName: string, code: string): string => `choices.${listName}.${code}`;

/** A fixed answer list: its codes are part of the comparable core. */
export function choices(name: string, entries: readonly (ChoiceDraft | readonly [string, string])[]): ChoiceListDraft {
  return {
    name,
    extension: false,
    choices: entries.map((e) => (isTuple(e) ? { code: e[0], label: e[1] } : e)),
  };
}

/** An extension list a country fills (regions, local platforms); `examples` are used until it does. */
export function extensionList(name: string, examples: readonly (ChoiceDraft | readonly [string, string])[]): ChoiceListDraft {
  return { ...choices(name, examples), extension: true };
}

function isTuple(e: ChoiceDraft | readonly [string, string]): e is readonly [string, string] {
  return Array.isArray(e);
}

export interface InstrumentDraft {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly recordType: string;
  readonly key: readonly string[];
  readonly choiceLists: readonly ChoiceListDraft[];
  readonly children: readonly NodeDraft[];
}

/** Gives every text its key, then checks the instrument; throws on an authoring error. */
export function defineInstrument(draft: InstrumentDraft): Instrument {
  const prefix = draft.id;
  const t = (suffix: string, en: string): Text => ({ key: `${prefix}.${suffix}`, en });
  const finish = (node: NodeDraft): InstrumentNode => {
    if (node.kind === 'question') {
      const { labelText, hintText, constraintMessageText, ...rest } = node;
      return {
        ...rest,
        ...(labelText !== undefined && { label: t(`${node.name}.label`, labelText) }),
        ...(hintText !== undefined && { hint: t(`${node.name}.hint`, hintText) }),
        ...(constraintMessageText !== undefined && { constraintMessage: t(`${node.name}.constraint_message`, constraintMessageText) }),
      };
    }
    const { labelText, children, ...rest } = node;
    return { ...rest, label: t(`${node.name}.label`, labelText), children: children.map(finish) } as Group | Repeat;
  };
  const instrument: Instrument = {
    kind: 'questionnaire',
    id: draft.id,
    title: t('title', draft.title),
    version: draft.version,
    recordType: draft.recordType,
    key: draft.key,
    children: draft.children.map(finish),
    choiceLists: draft.choiceLists.map(finishList),
  };
  checkInstrument(instrument);
  return instrument;
}

function finishList(list: ChoiceListDraft): ChoiceList {
  return {
    name: list.name,
    extension: list.extension,
    choices: list.choices.map((c): Choice => ({
      code: c.code,
      label: { key: choiceKey(list.name, c.code), en: c.label },
      ...(c.missing !== undefined && { missing: c.missing }),
    })),
  };
}

/** Replaces the example codes of extension lists with a country's own (from its assessment config). */
export function withExtensionLists(instrument: Instrument, lists: Readonly<Record<string, readonly ChoiceDraft[]>>): Instrument {
  return {
    ...instrument,
    choiceLists: instrument.choiceLists.map((list) => {
      const own = lists[list.name];
      if (!list.extension || own === undefined) return list;
      return finishList({ name: list.name, extension: true, choices: own });
    }),
  };
}
