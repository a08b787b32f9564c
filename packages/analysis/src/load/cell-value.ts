import type { CellKind } from './column-plan.js';

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * A cell as the expression evaluator and the estimators want it: undefined when empty (an
 * empty answer compares as '' in XLSForm), a number for numeric fields, the text otherwise.
 * A numeric cell that is not a number is `null`: unusable, and counted so it can be reported.
 */
export function cellValue(text: string, kind: CellKind): string | number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'text') return trimmed;
  return NUMBER.test(trimmed) ? Number(trimmed) : null;
}
