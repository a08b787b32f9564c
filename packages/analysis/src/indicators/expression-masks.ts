import { compileExpression, referencedNames, type Expr, type RecordValues } from '@dh/core';
import { columnOf, type Cell, type RecordTable } from '../load/read-record-table.js';

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

  constructor(readonly table: RecordTable) {}

  get size(): number {
    return this.table.size;
  }

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

  /** Row i as a record holding only the given variables, for the core evaluator. */
  record(i: number, names: readonly string[]): RecordValues {
    const record: Record<string, Cell> = {};
    for (const name of names) record[name] = columnOf(this.table, name)[i];
    return record;
  }

  private evaluate(expr: Expr): Uint8Array {
    const n = this.size;
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
      default:
        return this.evaluateLeaf(expr);
    }
  }

  /**
   * A comparison, `selected`, `answered`…: the core evaluator decides. Its truth depends only
   * on the variables it reads, so one that reads a single variable is evaluated once per
   * distinct value of it (a handful of codes), not once per row.
   */
  private evaluateLeaf(expr: Expr): Uint8Array {
    const compiled = compileExpression(expr);
    const names = referencedNames(expr);
    const out = new Uint8Array(this.size);
    if (names.length !== 1) {
      for (let i = 0; i < out.length; i++) out[i] = compiled.test(this.record(i, names)) ? 1 : 0;
      return out;
    }
    const name = names[0] as string;
    const column = columnOf(this.table, name);
    const byValue = new Map<Cell, number>();
    for (let i = 0; i < out.length; i++) {
      const value = column[i];
      let truth = byValue.get(value);
      if (truth === undefined) byValue.set(value, (truth = compiled.test({ [name]: value }) ? 1 : 0));
      out[i] = truth;
    }
    return out;
  }
}

const cache = new WeakMap<RecordTable, ExpressionMasks>();

/** One mask cache per table, shared by its derived variables and by every indicator and disaggregation on it. */
export function masksOf(table: RecordTable): ExpressionMasks {
  let masks = cache.get(table);
  if (!masks) cache.set(table, (masks = new ExpressionMasks(table)));
  return masks;
}
