/**
 * The one expression language of dh (docs/architecture.md, principle 3): relevance,
 * constraints, validation rules and indicator numerators/denominators are all this AST.
 * It compiles to XLSForm (`compileToXlsform`) and evaluates over a record (`evaluate`).
 */
export type Literal = string | number | boolean;

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithmeticOperator = '+' | '-' | '*' | 'div' | 'mod';

/** A reference to another question's answer: `${name}` in XLSForm. */
export interface RefExpr {
  readonly kind: 'ref';
  readonly name: string;
}
/** The answer being constrained: `.` in XLSForm. */
export interface SelfExpr {
  readonly kind: 'self';
}
export interface LiteralExpr {
  readonly kind: 'literal';
  readonly value: Literal;
}
export interface CompareExpr {
  readonly kind: 'compare';
  readonly op: ComparisonOperator;
  readonly left: Expr;
  readonly right: Expr;
}
export interface AndExpr {
  readonly kind: 'and';
  readonly operands: readonly Expr[];
}
export interface OrExpr {
  readonly kind: 'or';
  readonly operands: readonly Expr[];
}
export interface NotExpr {
  readonly kind: 'not';
  readonly operand: Expr;
}
/** `selected(${q}, 'code')`: a select_multiple (or select_one) answer includes a code. */
export interface SelectedExpr {
  readonly kind: 'selected';
  readonly target: RefExpr | SelfExpr;
  readonly code: string;
}
/** `count-selected(${q})`: how many codes a select_multiple answer holds. */
export interface CountSelectedExpr {
  readonly kind: 'count-selected';
  readonly target: RefExpr | SelfExpr;
}
/** `${q} != ''`: the question holds an answer (any code, including don't know/refused). */
export interface AnsweredExpr {
  readonly kind: 'answered';
  readonly target: RefExpr | SelfExpr;
}
export interface ArithmeticExpr {
  readonly kind: 'arithmetic';
  readonly op: ArithmeticOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export type Expr =
  | RefExpr
  | SelfExpr
  | LiteralExpr
  | CompareExpr
  | AndExpr
  | OrExpr
  | NotExpr
  | SelectedExpr
  | CountSelectedExpr
  | AnsweredExpr
  | ArithmeticExpr;
