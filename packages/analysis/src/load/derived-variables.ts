import type { DerivedVariable } from '@dh/core';
import type { ExpressionMasks } from '../indicators/expression-masks.js';
import type { RecordTable } from './read-record-table.js';

/** Adds each derived variable to the table as a column of 1 and 0 (DerivedVariable: "1 where the expression is true"). */
export function computeDerivedVariables(table: RecordTable, variables: readonly DerivedVariable[], masks: ExpressionMasks): void {
  for (const variable of variables) table.columns.set(variable.name, Array.from(masks.mask(variable.expr)));
}
