import { compileExpression, type FieldDefinition, type IndicatorContract } from '@dh/core';
import type { AnalysisRow } from '../load/read-record-table.js';
import { compileMissingAnswers, rowTreatment } from './missing-answers.js';

/** Row-aligned inputs of one indicator, after the stated missing treatment. */
export interface IndicatorValues {
  /** 1 for rows in the denominator. */
  readonly universe: Uint8Array;
  /** The numerator (0/1) or the value; NaN where a value is missing. */
  readonly y: Float64Array;
  /** Rows of the universe the missing treatment excluded, or counted as no / as yes. */
  readonly treated: { readonly excluded: number; readonly countedAsNo: number; readonly countedAsYes: number };
}

/** Whether the indicator's y is a 0/1 numerator (proportions, counts) rather than a numeric value. */
export function usesNumerator(indicator: IndicatorContract): boolean {
  return indicator.value === undefined;
}

/**
 * Evaluates universe and numerator (or value) per row and applies the contract's missing
 * treatment to rows holding a non-substantive answer among `missingFrom`. A row whose
 * numerator already holds keeps it: a substantive "yes" decides "any of" whatever the other
 * items say. Without a numerator or value, every row of the universe counts 1.
 */
export function indicatorValues(indicator: IndicatorContract, rows: readonly AnalysisRow[], fields: ReadonlyMap<string, FieldDefinition>, available: ReadonlySet<string>): IndicatorValues {
  const universe = compileExpression(indicator.universe);
  const numerator = indicator.numerator ? compileExpression(indicator.numerator) : undefined;
  const value = indicator.value ? compileExpression(indicator.value) : undefined;
  const missingKinds = compileMissingAnswers(indicator, fields, available);
  const inUniverse = new Uint8Array(rows.length);
  const y = new Float64Array(rows.length);
  const treated = { excluded: 0, countedAsNo: 0, countedAsYes: 0 };
  rows.forEach((row, i) => {
    if (!universe.test(row)) return;
    const v = value ? value.number(row) : numerator ? (numerator.test(row) ? 1 : 0) : 1;
    const treatment = rowTreatment(indicator.missing, missingKinds(row));
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
  });
  return { universe: inUniverse, y, treated };
}
