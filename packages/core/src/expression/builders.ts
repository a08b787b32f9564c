import type { ArithmeticOperator, ComparisonOperator, Expr, Literal, RefExpr, SelfExpr } from './ast.js';

type Operand = Expr | Literal | Term;

/** A fluent wrapper so rules read like the questionnaire: `q('C12').eq('yes')`. */
export class Term {
  constructor(readonly expr: Expr) {}

  eq(other: Operand): Expr {
    return compare('=', this, other);
  }
  ne(other: Operand): Expr {
    return compare('!=', this, other);
  }
  lt(other: Operand): Expr {
    return compare('<', this, other);
  }
  le(other: Operand): Expr {
    return compare('<=', this, other);
  }
  gt(other: Operand): Expr {
    return compare('>', this, other);
  }
  ge(other: Operand): Expr {
    return compare('>=', this, other);
  }
  /** Inclusive range check, the usual integer constraint. */
  between(low: Operand, high: Operand): Expr {
    return all(this.ge(low), this.le(high));
  }
  /** One of several codes (select_one). */
  in(...codes: readonly Literal[]): Expr {
    return any(...codes.map((code) => this.eq(code)));
  }
  plus(other: Operand): Term {
    return arithmetic('+', this, other);
  }
  minus(other: Operand): Term {
    return arithmetic('-', this, other);
  }
  times(other: Operand): Term {
    return arithmetic('*', this, other);
  }
  dividedBy(other: Operand): Term {
    return arithmetic('div', this, other);
  }
  mod(other: Operand): Term {
    return arithmetic('mod', this, other);
  }
  selected(code: string): Expr {
    return { kind: 'selected', target: selectTarget(this.expr), code };
  }
  countSelected(): Term {
    return new Term({ kind: 'count-selected', target: selectTarget(this.expr) });
  }
  answered(): Expr {
    return { kind: 'answered', target: selectTarget(this.expr) };
  }
}

function selectTarget(expr: Expr): RefExpr | SelfExpr {
  if (expr.kind === 'ref' || expr.kind === 'self') return expr;
  throw new TypeError(`selected(), count-selected() and answered() apply to a question, not to a ${expr.kind} expression`);
}

export function toExpr(operand: Operand): Expr {
  if (operand instanceof Term) return operand.expr;
  if (typeof operand === 'object') return operand;
  return { kind: 'literal', value: operand };
}

/** A question's answer, by variable name. */
export function q(name: string): Term {
  return new Term({ kind: 'ref', name });
}

/** The answer being constrained (`.`), for constraints. */
export function self(): Term {
  return new Term({ kind: 'self' });
}

export function lit(value: Literal): Term {
  return new Term({ kind: 'literal', value });
}

export function compare(op: ComparisonOperator, left: Operand, right: Operand): Expr {
  return { kind: 'compare', op, left: toExpr(left), right: toExpr(right) };
}

export function arithmetic(op: ArithmeticOperator, left: Operand, right: Operand): Term {
  return new Term({ kind: 'arithmetic', op, left: toExpr(left), right: toExpr(right) });
}

export function all(...operands: readonly Expr[]): Expr {
  if (operands.length === 1 && operands[0]) return operands[0];
  return { kind: 'and', operands };
}

export function any(...operands: readonly Expr[]): Expr {
  if (operands.length === 1 && operands[0]) return operands[0];
  return { kind: 'or', operands };
}

export function not(operand: Expr): Expr {
  return { kind: 'not', operand };
}

export function selected(name: string, code: string): Expr {
  return q(name).selected(code);
}

export function countSelected(name: string): Term {
  return q(name).countSelected();
}

export function answered(name: string): Expr {
  return q(name).answered();
}
