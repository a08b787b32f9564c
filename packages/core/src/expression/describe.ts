import type { Expr } from './ast.js';

const OPERATOR_WORDS: Record<string, string> = { '=': 'is', '!=': 'is not', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** An expression in words, for codebooks ("universe") and messages. */
export function describeExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'ref':
      return expr.name;
    case 'self':
      return 'the answer';
    case 'literal':
      return typeof expr.value === 'string' ? `"${expr.value}"` : String(expr.value);
    case 'compare':
      return `${describeExpression(expr.left)} ${OPERATOR_WORDS[expr.op]} ${describeExpression(expr.right)}`;
    case 'and':
      return expr.operands.length === 0 ? 'always' : expr.operands.map((e) => wrap(e, 'or')).join(' and ');
    case 'or':
      return expr.operands.length === 0 ? 'never' : expr.operands.map((e) => wrap(e, 'and')).join(' or ');
    case 'not':
      return `not (${describeExpression(expr.operand)})`;
    case 'selected':
      return `${describeExpression(expr.target)} includes "${expr.code}"`;
    case 'count-selected':
      return `the number of answers to ${describeExpression(expr.target)}`;
    case 'answered':
      return `${describeExpression(expr.target)} is answered`;
    case 'arithmetic':
      return `(${describeExpression(expr.left)} ${expr.op === 'div' ? '/' : expr.op} ${describeExpression(expr.right)})`;
  }
}

function wrap(expr: Expr, other: 'and' | 'or'): string {
  return expr.kind === other ? `(${describeExpression(expr)})` : describeExpression(expr);
}
