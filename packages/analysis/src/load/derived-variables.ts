import { compileExpression, type DerivedVariable } from '@dh/core';
import type { AnalysisRow } from './read-record-table.js';

/** Adds each derived variable to every row as 1 or 0 (DerivedVariable: "1 where the expression is true"). */
export function computeDerivedVariables(rows: readonly AnalysisRow[], variables: readonly DerivedVariable[]): void {
  for (const variable of variables) {
    const compiled = compileExpression(variable.expr);
    for (const row of rows) row[variable.name] = compiled.test(row) ? 1 : 0;
  }
}
