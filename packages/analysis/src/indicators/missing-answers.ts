import { answerText, referencedNames, type Expr, type FieldDefinition, type IndicatorContract, type MissingTreatment } from '@dh/core';
import { columnOf } from '../load/read-record-table.js';
import type { ExpressionMasks } from './expression-masks.js';

/** Kinds of non-substantive answer, as bits so one row can hold several. */
export const DONT_KNOW = 1;
export const REFUSED = 2;
export const MISSING = 4;

/**
 * Per row, the non-substantive answers one variable holds: a code whose Choice.missing is
 * dont_know or refused, or no answer where the question was asked (its relevance holds).
 * not_applicable codes are substantive answers ("does not apply") and are not treated.
 */
function variableKinds(
  name: string,
  field: FieldDefinition | undefined,
  available: ReadonlySet<string>,
  masks: ExpressionMasks,
): Uint8Array {
  const codes = new Map<string, number>();
  for (const choice of field?.codes ?? []) {
    if (choice.missing === 'dont_know') codes.set(choice.code, DONT_KNOW);
    if (choice.missing === 'refused') codes.set(choice.code, REFUSED);
  }
  const relevance = field?.relevant ? localRelevance(field.relevant, available) : undefined;
  const asked = relevance ? masks.mask(relevance) : undefined;
  const multiple = field?.valueType === 'codes';
  const column = columnOf(masks.table, name);
  const kinds = new Uint8Array(masks.size);
  for (let i = 0; i < kinds.length; i++) {
    const text = answerText(column[i]);
    if (text === '') kinds[i] = asked === undefined || asked[i] ? MISSING : 0;
    else if (codes.size > 0) for (const code of multiple ? text.split(/\s+/) : [text]) kinds[i] = (kinds[i] ?? 0) | (codes.get(code) ?? 0);
  }
  return kinds;
}

/** Per row, every kind of non-substantive answer among the contract's `missingFrom` variables. */
export function missingKinds(
  indicator: IndicatorContract,
  fields: ReadonlyMap<string, FieldDefinition>,
  available: ReadonlySet<string>,
  masks: ExpressionMasks,
): Uint8Array {
  const kinds = new Uint8Array(masks.size);
  for (const name of indicator.missingFrom) {
    const own = masks.cached(`missing:${name}`, () => variableKinds(name, fields.get(name), available, masks));
    for (let i = 0; i < kinds.length; i++) kinds[i] = (kinds[i] ?? 0) | (own[i] ?? 0);
  }
  return kinds;
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
