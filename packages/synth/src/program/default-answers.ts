import { compileExpression, type Expr, type FieldDefinition, type SynthesisPlan } from '@dh/core';
import { SynthesisError } from '../synthesis-error.js';
import { isoDay, numberText, roundTo, type AnswerSource } from './answer-source.js';

/** Codes split into answers and the non-substantive ones ("don't know", "refused"). */
export function codesOf(field: FieldDefinition): { substantive: string[]; dontKnow?: string; refused?: string } {
  const codes = field.codes ?? [];
  const dontKnow = codes.find((c) => c.missing === 'dont_know')?.code;
  const refused = codes.find((c) => c.missing === 'refused')?.code;
  return {
    substantive: codes.filter((c) => c.missing === undefined).map((c) => c.code),
    ...(dontKnow !== undefined && { dontKnow }),
    ...(refused !== undefined && { refused }),
  };
}

/** One code: "don't know" and "refused" at the plan's shares, otherwise any answer alike. */
function selectOne(field: FieldDefinition, plan: SynthesisPlan): AnswerSource {
  const { substantive, dontKnow, refused } = codesOf(field);
  const all = (field.codes ?? []).map((c) => c.code);
  return {
    deterministic: false,
    draw: ({ random }) => {
      const u = random.next();
      if (dontKnow !== undefined && u < plan.nonSubstantive.dontKnow) return dontKnow;
      if (refused !== undefined && u >= 1 - plan.nonSubstantive.refused) return refused;
      return substantive.length > 0 ? random.pick(substantive) : random.pick(all);
    },
    candidates: () => [...substantive, ...all.filter((c) => !substantive.includes(c))],
  };
}

/** One to three answers in list order, or a non-substantive code alone. */
function selectMultiple(field: FieldDefinition, plan: SynthesisPlan): AnswerSource {
  const { substantive, dontKnow, refused } = codesOf(field);
  const order = new Map((field.codes ?? []).map((c, i) => [c.code, i]));
  return {
    deterministic: false,
    draw: ({ random }) => {
      const u = random.next();
      if (dontKnow !== undefined && u < plan.nonSubstantive.dontKnow) return dontKnow;
      if (refused !== undefined && u >= 1 - plan.nonSubstantive.refused) return refused;
      const count = random.int(1, Math.min(3, substantive.length));
      const chosen = random.shuffle(substantive).slice(0, count);
      return chosen.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).join(' ');
    },
    candidates: () => (field.codes ?? []).map((c) => c.code),
  };
}

function numberRange(field: FieldDefinition, decimals: number): AnswerSource {
  const min = field.minimum ?? (field.maximum !== undefined ? Math.max(0, field.maximum - 10) : 0);
  const max = field.maximum ?? min + 10;
  return {
    deterministic: false,
    draw: ({ random }) =>
      numberText(decimals === 0 ? random.int(Math.ceil(min), Math.floor(max)) : roundTo(min + random.next() * (max - min), decimals)),
    candidates: () => (max - min <= 500 ? Array.from({ length: Math.floor(max - min) + 1 }, (_, i) => numberText(min + i)) : []),
  };
}

/**
 * The value of a calculate, as the tablet computes it. Text calculations that copy an
 * answer keep its text; others are numbers.
 */
function calculation(field: FieldDefinition, expr: Expr): AnswerSource {
  const compiled = compileExpression(expr);
  const text = (values: Record<string, string>): string => {
    if (expr.kind === 'ref') return values[expr.name] ?? '';
    if (expr.kind === 'literal') return String(expr.value);
    return numberText(compiled.number(values));
  };
  return {
    deterministic: true,
    draw: ({ record }) => (field.valueType === 'string' ? text(record.values) : numberText(compiled.number(record.values))),
    candidates: () => [],
  };
}

/** How a field is answered when the plan has no model for it: from its own definition. */
export function defaultAnswer(recordType: string, field: FieldDefinition, plan: SynthesisPlan): AnswerSource {
  if (field.calculation) return calculation(field, field.calculation);
  switch (field.valueType) {
    case 'code':
      return selectOne(field, plan);
    case 'codes':
      return selectMultiple(field, plan);
    case 'integer':
      return numberRange(field, 0);
    case 'number':
      return numberRange(field, 2);
    case 'date':
      return {
        deterministic: false,
        draw: ({ random }) => isoDay(plan.dateRange.from, plan.dateRange.to, random.next()),
        candidates: () => [plan.dateRange.from],
      };
    case 'string':
      // Free text stays empty unless the plan gives phrases: free text is where identifiers leak.
      if (field.freeText) {
        if (field.required) throw new SynthesisError(`${recordType}.${field.name} is required free text; give it a "phrases" answer model`);
        return { deterministic: true, draw: () => '', candidates: () => [] };
      }
      return { deterministic: true, draw: ({ seq }) => `${field.name.toUpperCase()}-${seq}`, candidates: () => [] };
  }
}
