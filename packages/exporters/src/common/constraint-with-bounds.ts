import { all, compileToXlsform, self, type Expr } from '@dh/core';

export interface Bounded {
  readonly constraint?: Expr;
  readonly minimum?: number;
  readonly maximum?: number;
}

/**
 * A question's constraint together with its bounds: core publishes `minimum`/`maximum` in
 * the record schema, and the tablet must enforce the same range. A constraint that already
 * is exactly the bounds is not repeated.
 */
export function constraintWithBounds(question: Bounded): Expr | undefined {
  const bounds: Expr[] = [];
  if (question.minimum !== undefined) bounds.push(self().ge(question.minimum));
  if (question.maximum !== undefined) bounds.push(self().le(question.maximum));
  if (bounds.length === 0) return question.constraint;
  const range = all(...bounds);
  if (!question.constraint || compileToXlsform(question.constraint) === compileToXlsform(range)) return range;
  return all(range, question.constraint);
}
