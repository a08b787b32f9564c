import { compileExpression, type CompiledExpression, type Expr, type FieldDefinition, type RecordValues } from '@dh/core';

/**
 * The relevance of every field of a record type, compiled once. A field's relevance is the
 * `and` of its own condition and its groups' (see core's placedQuestions), so most fields of
 * a module share conditions: each distinct condition is evaluated at most once per row and
 * remembered until the next row. XPath `and` is the truth of each operand, so splitting it
 * gives the same answer as evaluating the whole expression.
 */
export class RelevancePlan {
  private readonly conditions: CompiledExpression[] = [];
  /** The condition behind each compiled one, for messages. */
  readonly expressions: Expr[] = [];
  /** Per field: indexes of its conditions, or undefined when always relevant. */
  private readonly fieldConditions: (Int32Array | undefined)[];
  private readonly stamp: Int32Array;
  private readonly value: Uint8Array;
  private row = 1;

  constructor(fields: readonly FieldDefinition[]) {
    const ids = new Map<string, number>();
    this.fieldConditions = fields.map((field) => {
      if (field.relevant === undefined) return undefined;
      const parts = conjuncts(field.relevant).map((part) => {
        const key = JSON.stringify(part);
        let id = ids.get(key);
        if (id === undefined) {
          id = this.conditions.length;
          ids.set(key, id);
          this.conditions.push(compileExpression(part));
          this.expressions.push(part);
        }
        return id;
      });
      return Int32Array.from(parts);
    });
    this.stamp = new Int32Array(this.conditions.length);
    this.value = new Uint8Array(this.conditions.length);
  }

  /** Forget the previous row's answers. */
  nextRow(): void {
    this.row++;
  }

  hasCondition(field: number): boolean {
    return this.fieldConditions[field] !== undefined;
  }

  /** Whether field `field` is asked in the current row. */
  isRelevant(field: number, record: RecordValues): boolean {
    return this.failingCondition(field, record) < 0;
  }

  /** The first of the field's conditions that does not hold in the current row (an index into `expressions`), or -1. */
  failingCondition(field: number, record: RecordValues): number {
    const parts = this.fieldConditions[field];
    if (parts === undefined) return -1;
    for (let k = 0; k < parts.length; k++) {
      const id = parts[k] ?? 0;
      if (this.stamp[id] !== this.row) {
        this.stamp[id] = this.row;
        this.value[id] = this.conditions[id]?.test(record) ? 1 : 0;
      }
      if (this.value[id] === 0) return id;
    }
    return -1;
  }
}

function conjuncts(expr: Expr): Expr[] {
  return expr.kind === 'and' ? expr.operands.flatMap(conjuncts) : [expr];
}
