import { compileExpression, referencedNames, type FieldDefinition, type IndicatorContract } from '@dh/core';
import type { ExpressionMasks } from './expression-masks.js';
import { missingKinds, rowTreatment } from './missing-answers.js';

/** Row-aligned inputs of one indicator, after the stated missing treatment. */
export interface IndicatorValues {
  /** 1 for rows in the denominator. */
  readonly universe: Uint8Array;
  /** The numerator (0/1) or the value; NaN where a value is missing. */
  readonly y: Float64Array;
  /** Rows of the universe the missing treatment excluded, or counted as no / as yes. */
  readonly treated: { readonly excluded: number; readonly countedAsNo: number; readonly countedAsYes: number };
}

/**
 * Evaluates universe and numerator (or value) per row and applies the contract's missing
 * treatment to rows holding a non-substantive answer among `missingFrom`. A row whose
 * numerator already holds keeps it: a substantive "yes" decides "any of" whatever the other
 * items say. A value counted as no is 0, as yes 1. Without a numerator or value, every row
 * of the universe counts 1.
 */
export function indicatorValues(
  indicator: IndicatorContract,
  fields: ReadonlyMap<string, FieldDefinition>,
  available: ReadonlySet<string>,
  masks: ExpressionMasks,
): IndicatorValues {
  const n = masks.size;
  const universe = masks.mask(indicator.universe);
  const numerator = indicator.numerator && !indicator.value ? masks.mask(indicator.numerator) : undefined;
  const value = indicator.value ? compileExpression(indicator.value) : undefined;
  const valueNames = indicator.value ? referencedNames(indicator.value) : [];
  const kinds = missingKinds(indicator, fields, available, masks);
  const inUniverse = new Uint8Array(n);
  const y = new Float64Array(n);
  const treated = { excluded: 0, countedAsNo: 0, countedAsYes: 0 };
  for (let i = 0; i < n; i++) {
    if (!universe[i]) continue;
    const v = value ? value.number(masks.record(i, valueNames)) : numerator ? (numerator[i] ?? 0) : 1;
    const treatment = rowTreatment(indicator.missing, kinds[i] ?? 0);
    if (treatment === 'as-is' || (!value && v === 1)) {
      inUniverse[i] = 1;
      y[i] = v;
    } else if (treatment === 'exclude') {
      treated.excluded += 1;
    } else {
      inUniverse[i] = 1;
      y[i] = treatment === 'yes' ? 1 : 0;
      if (treatment === 'yes') treated.countedAsYes += 1;
      else treated.countedAsNo += 1;
    }
  }
  return { universe: inUniverse, y, treated };
}
