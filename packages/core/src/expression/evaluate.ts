import type { ComparisonOperator, Expr } from './ast.js';

/** A record as read from data: answers by variable name. select_multiple as an array or space-separated codes. */
export type RecordValues = Readonly<Record<string, unknown>>;

/** A compiled expression: build once, call per row. */
export interface CompiledExpression {
  /** The truth value, as an XLSForm `relevant` or `constraint` would take it. */
  test(record: RecordValues, selfName?: string): boolean;
  /** The numeric value, as an XLSForm `calculate` would give it (NaN when not a number). */
  number(record: RecordValues, selfName?: string): number;
}

type Of<T> = (record: RecordValues, selfName: string | undefined) => T;

/**
 * An expression compiled by its XPath 1.0 value kind, which each kind of node fixes: a
 * reference is a node (its string value is what comparisons see, and an empty answer is the
 * empty string, exactly as in ODK Collect), a comparison a boolean, arithmetic a number. The
 * conversions XPath makes between kinds are therefore chosen once, here, and a row is judged
 * with no value object built (validation calls these for every row of every file).
 */
type Typed =
  | { readonly type: 'node'; readonly text: Of<string> }
  | { readonly type: 'string'; readonly text: Of<string>; readonly constant: string }
  | { readonly type: 'number'; readonly number: Of<number> }
  | { readonly type: 'boolean'; readonly boolean: Of<boolean> };

export function compileExpression(expr: Expr): CompiledExpression {
  const typed = compile(expr);
  return { test: booleanOf(typed), number: numberOf(typed) };
}

/** One-off evaluation; prefer `compileExpression` in loops. */
export function evaluate(expr: Expr, record: RecordValues, selfName?: string): boolean {
  return compileExpression(expr).test(record, selfName);
}

/** The string value an answer has in an XForm instance. */
export function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number') return Number.isFinite(value) ? numberToString(value) : '';
  return String(value);
}

function compile(expr: Expr): Typed {
  switch (expr.kind) {
    case 'ref': {
      const name = expr.name;
      return { type: 'node', text: (record) => answerText(record[name]) };
    }
    case 'self':
      return {
        type: 'node',
        text: (record, selfName) => {
          if (selfName === undefined) throw new TypeError('`.` (self) used outside a constraint');
          return answerText(record[selfName]);
        },
      };
    case 'literal': {
      const v = expr.value;
      if (typeof v === 'string') return { type: 'string', text: () => v, constant: v };
      if (typeof v === 'number') return { type: 'number', number: () => v };
      return { type: 'boolean', boolean: () => v };
    }
    case 'compare':
      return { type: 'boolean', boolean: compileComparison(expr.op, compile(expr.left), compile(expr.right)) };
    case 'and': {
      const parts = expr.operands.map((operand) => booleanOf(compile(operand)));
      return {
        type: 'boolean',
        boolean: (r, s) => {
          for (let k = 0; k < parts.length; k++) if (!(parts[k] as Of<boolean>)(r, s)) return false;
          return true;
        },
      };
    }
    case 'or': {
      const parts = expr.operands.map((operand) => booleanOf(compile(operand)));
      return {
        type: 'boolean',
        boolean: (r, s) => {
          for (let k = 0; k < parts.length; k++) if ((parts[k] as Of<boolean>)(r, s)) return true;
          return false;
        },
      };
    }
    case 'not': {
      const inner = booleanOf(compile(expr.operand));
      return { type: 'boolean', boolean: (r, s) => !inner(r, s) };
    }
    case 'selected': {
      const target = textOf(compile(expr.target));
      const code = expr.code;
      return { type: 'boolean', boolean: (r, s) => hasToken(target(r, s), code) };
    }
    case 'count-selected': {
      const target = textOf(compile(expr.target));
      return { type: 'number', number: (r, s) => countTokens(target(r, s)) };
    }
    case 'answered': {
      const target = textOf(compile(expr.target));
      return { type: 'boolean', boolean: (r, s) => target(r, s) !== '' };
    }
    case 'arithmetic': {
      const left = numberOf(compile(expr.left));
      const right = numberOf(compile(expr.right));
      switch (expr.op) {
        case '+':
          return { type: 'number', number: (r, s) => left(r, s) + right(r, s) };
        case '-':
          return { type: 'number', number: (r, s) => left(r, s) - right(r, s) };
        case '*':
          return { type: 'number', number: (r, s) => left(r, s) * right(r, s) };
        case 'div':
          return { type: 'number', number: (r, s) => left(r, s) / right(r, s) };
        case 'mod':
          return { type: 'number', number: (r, s) => left(r, s) % right(r, s) };
      }
    }
  }
}

/** XPath 1.0 § 3.4 comparison rules, restricted to single-node node-sets. */
function compileComparison(op: ComparisonOperator, a: Typed, b: Typed): Of<boolean> {
  if (op === '=' || op === '!=') {
    const equal = op === '=';
    // NaN != x is true in XPath as in JS: equality failed, so inequality holds.
    if (a.type === 'boolean' || b.type === 'boolean') {
      const x = booleanOf(a);
      const y = booleanOf(b);
      return (r, s) => (x(r, s) === y(r, s)) === equal;
    }
    if (a.type === 'number' || b.type === 'number') {
      const x = numberOf(a);
      const y = numberOf(b);
      return (r, s) => (x(r, s) === y(r, s)) === equal;
    }
    const x = a.text;
    if (b.type === 'string') {
      const constant = b.constant;
      return (r, s) => (x(r, s) === constant) === equal;
    }
    const y = b.text;
    return (r, s) => (x(r, s) === y(r, s)) === equal;
  }
  const x = numberOf(a);
  const y = numberOf(b);
  switch (op) {
    case '<':
      return (r, s) => x(r, s) < y(r, s);
    case '<=':
      return (r, s) => x(r, s) <= y(r, s);
    case '>':
      return (r, s) => x(r, s) > y(r, s);
    case '>=':
      return (r, s) => x(r, s) >= y(r, s);
  }
}

function booleanOf(typed: Typed): Of<boolean> {
  switch (typed.type) {
    case 'node':
      return () => true; // a node-set holding the question's node is non-empty
    case 'string': {
      const truth = typed.constant.length > 0;
      return () => truth;
    }
    case 'number': {
      const number = typed.number;
      return (r, s) => {
        const value = number(r, s);
        return value !== 0 && !Number.isNaN(value);
      };
    }
    case 'boolean':
      return typed.boolean;
  }
}

function numberOf(typed: Typed): Of<number> {
  switch (typed.type) {
    case 'node': {
      const text = typed.text;
      return (r, s) => xpathNumber(text(r, s));
    }
    case 'string': {
      const value = xpathNumber(typed.constant);
      return () => value;
    }
    case 'number':
      return typed.number;
    case 'boolean': {
      const boolean = typed.boolean;
      return (r, s) => (boolean(r, s) ? 1 : 0);
    }
  }
}

function textOf(typed: Typed): Of<string> {
  switch (typed.type) {
    case 'node':
    case 'string':
      return typed.text;
    case 'number': {
      const number = typed.number;
      return (r, s) => numberToString(number(r, s));
    }
    case 'boolean': {
      const boolean = typed.boolean;
      return (r, s) => (boolean(r, s) ? 'true' : 'false');
    }
  }
}

const XPATH_NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * XPath's `number()` of a string: `XPATH_NUMBER` or NaN. Answers are nearly always plain
 * numbers or codes, decided by one pass over the characters; anything with other characters
 * (spaces around a number, a code) goes to the pattern.
 */
function xpathNumber(text: string): number {
  const length = text.length;
  let index = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const start = index;
  while (index < length && isDigit(text.charCodeAt(index))) index++;
  let digits = index - start;
  if (index < length && text.charCodeAt(index) === 46 /* . */) {
    const point = ++index;
    while (index < length && isDigit(text.charCodeAt(index))) index++;
    digits += index - point;
  }
  if (index === length) return digits > 0 ? Number(text) : NaN;
  return XPATH_NUMBER.test(text) ? Number(text) : NaN;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether `code` is one of the whitespace-separated tokens of `text` (XPath `selected`, as ODK splits answers). */
function hasToken(text: string, code: string): boolean {
  if (code === '' || !isToken(code)) return tokens(text).includes(code);
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    const end = at + code.length;
    if ((at === 0 || isSpace(text, at - 1)) && (end === text.length || isSpace(text, end))) return true;
  }
  return false;
}

function countTokens(text: string): number {
  let count = 0;
  let inToken = false;
  for (let index = 0; index < text.length; index++) {
    const space = isSpace(text, index);
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return count;
}

const SPACE = /\s/;

/** A character `\s` matches (the whitespace `trim` and `split(/\s+/)` see), ASCII decided without the pattern. */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(index));
}

function isToken(code: string): boolean {
  for (let index = 0; index < code.length; index++) if (isSpace(code, index)) return false;
  return true;
}

function tokens(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

function numberToString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (Number.isInteger(n)) return n.toFixed(0);
  return String(n);
}
