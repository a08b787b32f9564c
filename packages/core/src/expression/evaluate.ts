import type { ComparisonOperator, Expr } from './ast.js';

/** A record as read from data: answers by variable name. select_multiple as an array or space-separated codes. */
export type RecordValues = Readonly<Record<string, unknown>>;

/**
 * XPath 1.0 value kinds. An answer is a node: its string value is what comparisons see,
 * and an empty answer is the empty string, exactly as in ODK Collect.
 */
type XValue =
  | { readonly type: 'node'; readonly text: string }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean };

type Compiled = (record: RecordValues, selfName: string | undefined) => XValue;

/** A compiled expression: build once, call per row. */
export interface CompiledExpression {
  /** The truth value, as an XLSForm `relevant` or `constraint` would take it. */
  test(record: RecordValues, selfName?: string): boolean;
  /** The numeric value, as an XLSForm `calculate` would give it (NaN when not a number). */
  number(record: RecordValues, selfName?: string): number;
}

export function compileExpression(expr: Expr): CompiledExpression {
  const fn = compile(expr);
  return {
    test: (record, selfName) => toBoolean(fn(record, selfName)),
    number: (record, selfName) => toNumber(fn(record, selfName)),
  };
}

/** One-off evaluation; prefer `compileExpression` in loops. */
export function evaluate(expr: Expr, record: RecordValues, selfName?: string): boolean {
  return compileExpression(expr).test(record, selfName);
}

/** The string value an answer has in an XForm instance. */
export function answerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number') return Number.isFinite(value) ? numberToString(value) : '';
  return String(value);
}

function compile(expr: Expr): Compiled {
  switch (expr.kind) {
    case 'ref': {
      const name = expr.name;
      return (record) => ({ type: 'node', text: answerText(record[name]) });
    }
    case 'self':
      return (record, selfName) => {
        if (selfName === undefined) throw new TypeError('`.` (self) used outside a constraint');
        return { type: 'node', text: answerText(record[selfName]) };
      };
    case 'literal': {
      const v = expr.value;
      const value: XValue =
        typeof v === 'string'
          ? { type: 'string', value: v }
          : typeof v === 'number'
            ? { type: 'number', value: v }
            : { type: 'boolean', value: v };
      return () => value;
    }
    case 'compare': {
      const left = compile(expr.left);
      const right = compile(expr.right);
      const op = expr.op;
      return (r, s) => ({ type: 'boolean', value: compareValues(op, left(r, s), right(r, s)) });
    }
    case 'and': {
      const parts = expr.operands.map(compile);
      return (r, s) => ({ type: 'boolean', value: parts.every((p) => toBoolean(p(r, s))) });
    }
    case 'or': {
      const parts = expr.operands.map(compile);
      return (r, s) => ({ type: 'boolean', value: parts.some((p) => toBoolean(p(r, s))) });
    }
    case 'not': {
      const inner = compile(expr.operand);
      return (r, s) => ({ type: 'boolean', value: !toBoolean(inner(r, s)) });
    }
    case 'selected': {
      const target = compile(expr.target);
      const code = expr.code;
      return (r, s) => ({ type: 'boolean', value: tokens(toText(target(r, s))).includes(code) });
    }
    case 'count-selected': {
      const target = compile(expr.target);
      return (r, s) => ({ type: 'number', value: tokens(toText(target(r, s))).length });
    }
    case 'answered': {
      const target = compile(expr.target);
      return (r, s) => ({ type: 'boolean', value: toText(target(r, s)) !== '' });
    }
    case 'arithmetic': {
      const left = compile(expr.left);
      const right = compile(expr.right);
      const op = expr.op;
      return (r, s) => {
        const a = toNumber(left(r, s));
        const b = toNumber(right(r, s));
        const value = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === 'div' ? a / b : a % b;
        return { type: 'number', value };
      };
    }
  }
}

function tokens(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

/** XPath 1.0 § 3.4 comparison rules, restricted to single-node node-sets. */
function compareValues(op: ComparisonOperator, a: XValue, b: XValue): boolean {
  if (op === '=' || op === '!=') {
    let equal: boolean;
    if (a.type === 'boolean' || b.type === 'boolean') equal = toBoolean(a) === toBoolean(b);
    else if (a.type === 'number' || b.type === 'number') equal = toNumber(a) === toNumber(b);
    else equal = toText(a) === toText(b);
    // NaN != x is true in XPath as in JS: equality failed, so inequality holds.
    return op === '=' ? equal : !equal;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
  }
}

function toBoolean(v: XValue): boolean {
  switch (v.type) {
    case 'node':
      return true; // a node-set holding the question's node is non-empty
    case 'string':
      return v.value.length > 0;
    case 'number':
      return v.value !== 0 && !Number.isNaN(v.value);
    case 'boolean':
      return v.value;
  }
}

const XPATH_NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

function toNumber(v: XValue): number {
  switch (v.type) {
    case 'node':
      return XPATH_NUMBER.test(v.text) ? Number(v.text) : NaN;
    case 'string':
      return XPATH_NUMBER.test(v.value) ? Number(v.value) : NaN;
    case 'number':
      return v.value;
    case 'boolean':
      return v.value ? 1 : 0;
  }
}

function toText(v: XValue): string {
  switch (v.type) {
    case 'node':
      return v.text;
    case 'string':
      return v.value;
    case 'number':
      return numberToString(v.value);
    case 'boolean':
      return v.value ? 'true' : 'false';
  }
}

function numberToString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (Number.isInteger(n)) return n.toFixed(0);
  return String(n);
}
