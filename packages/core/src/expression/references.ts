import type { Expr } from './ast.js';

/** Every question an expression reads, in order of first use. */
export function referencedNames(expr: Expr): string[] {
  const names = new Set<string>();
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'ref':
        names.add(e.name);
        return;
      case 'self':
      case 'literal':
        return;
      case 'compare':
      case 'arithmetic':
        visit(e.left);
        visit(e.right);
        return;
      case 'and':
      case 'or':
        e.operands.forEach(visit);
        return;
      case 'not':
        visit(e.operand);
        return;
      case 'selected':
      case 'count-selected':
      case 'answered':
        visit(e.target);
        return;
    }
  };
  visit(expr);
  return [...names];
}
