import type { FieldDefinition, IssueCode } from '@dh/core';
import { integerRange, type InjectionContext, type InjectionTable } from './injection-context.js';

/** What one injection does to one cell. */
export interface CellChange {
  readonly value: string;
  readonly description: string;
  /** Issues the same mistake raises besides its own code (stated, so a check can expect them). */
  readonly alsoRaises?: readonly IssueCode[];
}

/** A kind of mistake made in one cell of one row, as a partner's data might hold it. */
export interface RowKind {
  readonly code: IssueCode;
  /** Which variables can carry it, whatever the row. */
  applies(field: FieldDefinition, t: InjectionTable): boolean;
  /** The change for this row, or undefined where this row cannot carry it cleanly. */
  change(ctx: InjectionContext, t: InjectionTable, field: FieldDefinition, record: Record<string, string>): CellChange | undefined;
}

const isNumber = (f: FieldDefinition): boolean => f.valueType === 'integer' || f.valueType === 'number';
const asked = (f: FieldDefinition): boolean => f.questionType !== 'calculate';

const PERSONAL_IDENTIFIERS = [
  'Call the mother on +255 712 345 678 to arrange a revisit.',
  'Contact the father at amani.m@example.org for the revisit.',
];

/**
 * The kinds of single-cell mistake, each made so that it raises exactly its own issue (and
 * any it states in `alsoRaises`): the variable is one no other check reads, the row is
 * otherwise clean, and any new value satisfies everything but what the kind breaks.
 */
export const ROW_KINDS: readonly RowKind[] = [
  {
    code: 'out-of-range',
    applies: (f) => isNumber(f) && (f.maximum !== undefined || f.minimum !== undefined),
    change(ctx, _t, f, record) {
      if (record[f.name] === '') return undefined;
      const value = String(f.maximum !== undefined ? f.maximum + 1 : (f.minimum ?? 0) - 1);
      if (!ctx.satisfiesConstraint(f, record, value)) return undefined;
      return { value, description: `${f.name} = ${value}, outside ${f.minimum ?? '…'}–${f.maximum ?? '…'}` };
    },
  },
  {
    code: 'type-error',
    applies: (f) => isNumber(f) && !f.constraint,
    change: (_ctx, _t, f, record) =>
      record[f.name] === '' ? undefined : { value: `about ${record[f.name]}`, description: `${f.name} holds words where a number belongs` },
  },
  {
    code: 'unknown-code',
    applies: (f) => f.valueType === 'code' && !f.constraint,
    change(_ctx, _t, f, record) {
      const original = record[f.name] ?? '';
      if (original === '') return undefined;
      const upper = original.toUpperCase();
      const value = upper !== original && !f.codes?.some((c) => c.code === upper) ? upper : `x_${original}`;
      return { value, description: `${f.name} = "${value}", not a code of list "${f.listName}"` };
    },
  },
  {
    code: 'required-missing',
    applies: (f) => f.required && !f.relevant,
    change: (_ctx, _t, f, record) =>
      record[f.name] === '' ? undefined : { value: '', description: `${f.name}, asked of everyone, left empty` },
  },
  {
    code: 'relevant-missing',
    applies: (f) => f.required && f.relevant !== undefined,
    change: (ctx, t, f, record) =>
      record[f.name] === '' || !ctx.consentHolds(t, record) ? undefined : { value: '', description: `${f.name} was asked but left empty` },
  },
  {
    code: 'answered-not-relevant',
    applies: (f) => f.relevant !== undefined && !f.freeText,
    change(ctx, t, f, record) {
      if (record[f.name] !== '' || !ctx.consentHolds(t, record) || ctx.isRelevant(f, record)) return undefined;
      const value = ctx.validValue(f, record);
      return value === undefined
        ? undefined
        : { value, description: `${f.name} answered ("${value}") although its skip logic says it was not asked` };
    },
  },
  {
    code: 'constraint-failed',
    applies: (f) => f.constraint !== undefined && (f.valueType === 'code' || f.valueType === 'codes' || f.valueType === 'integer'),
    change(ctx, t, f, record) {
      if (record[f.name] === '' || !ctx.consentHolds(t, record) || !ctx.isRelevant(f, record)) return undefined;
      const value = breakingValue(f).find((v) => !ctx.satisfiesConstraint(f, record, v));
      return value === undefined ? undefined : { value, description: `${f.name} = "${value}" breaks its constraint` };
    },
  },
  {
    code: 'personal-identifier-value',
    applies: (f) => f.freeText,
    change(ctx, t, f, record) {
      const allowed = t.gates.every((g) => g.gate.before.includes(f.name)) || ctx.consentHolds(t, record);
      if (!allowed || !ctx.isRelevant(f, record)) return undefined;
      const value = ctx.random.pick(PERSONAL_IDENTIFIERS);
      return { value, description: `${f.name} holds a phone number or email address` };
    },
  },
  {
    code: 'consent-missing',
    applies: (f, t) => t.gates.length > 0 && !f.freeText && t.gates.every((g) => !g.gate.before.includes(f.name)),
    change(ctx, t, f, record) {
      if (record[f.name] !== '' || ctx.consentHolds(t, record)) return undefined;
      const value = ctx.validValue(f, record);
      if (value === undefined) return undefined;
      const alsoRaises: IssueCode[] = ctx.isRelevant(f, { ...record, [f.name]: value }) ? [] : ['answered-not-relevant'];
      return { value, alsoRaises, description: `${f.name} answered ("${value}") although consent was not given` };
    },
  },
];

/** Values the schema accepts that may break a constraint: single codes, pairs of codes, numbers in range. */
function breakingValue(f: FieldDefinition): string[] {
  const codes = (f.codes ?? []).map((c) => c.code);
  if (f.valueType === 'code') return codes;
  if (f.valueType === 'integer') return integerRange(f, 200);
  const pairs: string[] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) pairs.push(`${codes[i]} ${codes[j]}`);
  return [...codes, ...pairs];
}

export const isInjectable = (ctx: InjectionContext, f: FieldDefinition): boolean => asked(f) && !ctx.protectedNames.has(f.name);
