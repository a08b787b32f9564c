import { compileExpression, type Expr } from '@dh/core';
import type { AnalysisRow } from '../load/read-record-table.js';

/**
 * 0/1 row masks of expressions over one table, each distinct sub-expression evaluated once.
 * Indicators of an activity share most of their universe (consent, internet use, age
 * range) and their disaggregations, so `and`, `or` and `not` are combined from their
 * operands' masks, exactly as the core evaluator combines their truth values.
 */
export class ExpressionMasks {
  private readonly masks = new Map<string, Uint8Array>();
  /** The same expression object is often reused (a consent condition): found without serialising it. */
  private readonly byObject = new WeakMap<Expr, Uint8Array>();
  private readonly arrays = new Map<string, Uint8Array>();

  constructor(readonly rows: readonly AnalysisRow[]) {}

  mask(expr: Expr): Uint8Array {
    const known = this.byObject.get(expr);
    if (known) return known;
    const key = JSON.stringify(expr);
    let mask = this.masks.get(key);
    if (!mask) {
      mask = this.evaluate(expr);
      this.masks.set(key, mask);
    }
    this.byObject.set(expr, mask);
    return mask;
  }

  /** A per-row array computed once under a key (missing-answer kinds of a variable). */
  cached(key: string, compute: () => Uint8Array): Uint8Array {
    let array = this.arrays.get(key);
    if (!array) this.arrays.set(key, (array = compute()));
    return array;
  }

  private evaluate(expr: Expr): Uint8Array {
    const n = this.rows.length;
    switch (expr.kind) {
      case 'and':
      case 'or': {
        const out = new Uint8Array(n).fill(expr.kind === 'and' ? 1 : 0);
        for (const operand of expr.operands) {
          const m = this.mask(operand);
          if (expr.kind === 'and') for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) & (m[i] ?? 0);
          else for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) | (m[i] ?? 0);
        }
        return out;
      }
      case 'not': {
        const m = this.mask(expr.operand);
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) out[i] = 1 - (m[i] ?? 0);
        return out;
      }
      default: {
        const compiled = compileExpression(expr);
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) out[i] = compiled.test(this.rows[i] ?? {}) ? 1 : 0;
        return out;
      }
    }
  }
}
