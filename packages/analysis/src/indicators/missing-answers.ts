import { answerText, compileExpression, referencedNames, type CompiledExpression, type Expr, type FieldDefinition, type IndicatorContract, type MissingTreatment } from '@dh/core';
import type { AnalysisRow } from '../load/read-record-table.js';

/** Kinds of non-substantive answer, as bits so one row can hold several. */
export const DONT_KNOW = 1;
export const REFUSED = 2;
export const MISSING = 4;

interface MissingSource {
  readonly name: string;
  /** Codes marked dont_know or refused (Choice.missing) and their bit. */
  readonly codes: ReadonlyMap<string, number>;
  readonly multiple: boolean;
  /** When the question was asked; an empty answer counts as missing only then. */
  readonly asked: CompiledExpression | undefined;
}

/**
 * Reads, for one row, which non-substantive answers it holds among the contract's
 * `missingFrom` variables: a code whose Choice.missing is dont_know or refused, or no answer
 * where the question was asked (its relevance holds). not_applicable codes are substantive
 * answers ("does not apply") and are not treated.
 */
export function compileMissingAnswers(indicator: IndicatorContract, fields: ReadonlyMap<string, FieldDefinition>, available: ReadonlySet<string>): (row: AnalysisRow) => number {
  const sources: MissingSource[] = indicator.missingFrom.map((name) => {
    const field = fields.get(name);
    const codes = new Map<string, number>();
    for (const choice of field?.codes ?? []) {
      if (choice.missing === 'dont_know') codes.set(choice.code, DONT_KNOW);
      if (choice.missing === 'refused') codes.set(choice.code, REFUSED);
    }
    const relevance = field?.relevant ? localRelevance(field.relevant, available) : undefined;
    return { name, codes, multiple: field?.valueType === 'codes', asked: relevance ? compileExpression(relevance) : undefined };
  });
  return (row) => {
    let kinds = 0;
    for (const source of sources) {
      const text = answerText(row[source.name]);
      if (text === '') {
        if (source.asked === undefined || source.asked.test(row)) kinds |= MISSING;
      } else if (source.codes.size > 0) {
        for (const code of source.multiple ? text.split(/\s+/) : [text]) kinds |= source.codes.get(code) ?? 0;
      }
    }
    return kinds;
  };
}

/**
 * The part of a relevance this record can evaluate. A question in a roster is asked only
 * where its household's screener went on: that condition is on another record, and the
 * row exists only because it held, so conjuncts naming variables this record lacks are
 * dropped. A relevance that mixes them in any other way is taken as "asked".
 */
export function localRelevance(expr: Expr, available: ReadonlySet<string>): Expr | undefined {
  const local = (e: Expr): boolean => referencedNames(e).every((n) => available.has(n));
  if (local(expr)) return expr;
  if (expr.kind !== 'and') return undefined;
  const kept = expr.operands.flatMap((e) => {
    const inner = localRelevance(e, available);
    return inner ? [inner] : [];
  });
  return kept.length === 0 ? undefined : { kind: 'and', operands: kept };
}

/** What the contract says happens to a row holding these kinds of non-substantive answer. */
export type RowTreatment = 'as-is' | 'exclude' | 'no' | 'yes';

/**
 * Exclusion wins over counting, and counting as yes over counting as no, so a row with a
 * "don't know" treated as no and a refusal treated as excluded is excluded: the stricter
 * reading of a contract that mixes treatments.
 */
export function rowTreatment(missing: IndicatorContract['missing'], kinds: number): RowTreatment {
  if (kinds === 0) return 'as-is';
  const treatments: MissingTreatment[] = [];
  if (kinds & DONT_KNOW) treatments.push(missing.dontKnow);
  if (kinds & REFUSED) treatments.push(missing.refused);
  if (kinds & MISSING) treatments.push(missing.missing);
  if (treatments.includes('exclude')) return 'exclude';
  return treatments.includes('count-as-yes') ? 'yes' : 'no';
}
