import type { Expr, Literal } from './ast.js';

/**
 * Compiles an expression to XLSForm syntax (xlsform.org): `${name}` for answers, `.` for
 * the current answer, `selected()`, `count-selected()`, XPath operators. Every compound
 * operand is parenthesised, so precedence never depends on the reader.
 */
export function compileToXlsform(expr: Expr): string {
  switch (expr.kind) {
    case 'ref':
      return `\${${expr.name}}`;
    case 'self':
      return '.';
    case 'literal':
      return xlsformLiteral(expr.value);
    case 'compare':
      return `${operand(expr.left)} ${expr.op} ${operand(expr.right)}`;
    case 'and':
      return expr.operands.length === 0 ? 'true()' : expr.operands.map(operand).join(' and ');
    case 'or':
      return expr.operands.length === 0 ? 'false()' : expr.operands.map(operand).join(' or ');
    case 'not':
      return `not(${compileToXlsform(expr.operand)})`;
    case 'selected':
      return `selected(${compileToXlsform(expr.target)}, ${xlsformLiteral(expr.code)})`;
    case 'count-selected':
      return `count-selected(${compileToXlsform(expr.target)})`;
    case 'answered':
      return `${compileToXlsform(expr.target)} != ''`;
    case 'arithmetic':
      return `${operand(expr.left)} ${expr.op} ${operand(expr.right)}`;
  }
}

function operand(expr: Expr): string {
  const compiled = compileToXlsform(expr);
  const atomic =
    expr.kind === 'ref' ||
    expr.kind === 'self' ||
    expr.kind === 'literal' ||
    expr.kind === 'not' ||
    expr.kind === 'selected' ||
    expr.kind === 'count-selected';
  return atomic && !(expr.kind === 'literal' && typeof expr.value === 'number' && expr.value < 0) ? compiled : `(${compiled})`;
}

function xlsformLiteral(value: Literal): string {
  if (typeof value === 'boolean') return value ? 'true()' : 'false()';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`XLSForm has no literal for ${value}`);
    return String(value);
  }
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new RangeError(`XPath 1.0 cannot write a string holding both quote characters: ${value}`);
}
