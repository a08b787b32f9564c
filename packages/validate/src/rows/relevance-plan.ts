import { compileExpression, referencedNames, type CompiledExpression, type Expr, type FieldDefinition, type RecordValues } from '@dh/core';

/**
 * The relevance of every field of a record type, compiled once. A field's relevance is the
 * `and` of its own condition and its groups' (see core's placedQuestions), so the fields of a
 * module share conditions. Each distinct condition is compiled once and evaluated at most
 * once per row; fields with the same list of conditions form a "condition set", itself
 * evaluated at most once per row. XPath `and` is the truth of each operand, so splitting it
 * gives the same answer as evaluating the whole expression.
 */
export class RelevancePlan {
  private readonly conditions: CompiledExpression[] = [];
  /** The condition behind each compiled one, for messages. */
  readonly expressions: Expr[] = [];
  /** Per condition set: the conditions it needs. */
  private readonly sets: Int32Array[] = [];
  /** Per field: its condition set, or -1 when always asked. */
  readonly setOfField: Int32Array;
  private readonly conditionStamp: Int32Array;
  private readonly conditionValue: Uint8Array;
  private readonly setStamp: Int32Array;
  private readonly setValue: Uint8Array;
  private row = 1;

  constructor(fields: readonly FieldDefinition[]) {
    const conditionIds = new Map<string, number>();
    const setIds = new Map<string, number>();
    this.setOfField = Int32Array.from(fields, (field) => {
      if (field.relevant === undefined) return -1;
      const parts = conjuncts(field.relevant).map((part) => this.conditionId(part, conditionIds));
      const key = parts.join(',');
      let set = setIds.get(key);
      if (set === undefined) {
        set = this.sets.length;
        setIds.set(key, set);
        this.sets.push(Int32Array.from(parts));
      }
      return set;
    });
    this.conditionStamp = new Int32Array(this.conditions.length);
    this.conditionValue = new Uint8Array(this.conditions.length);
    this.setStamp = new Int32Array(this.sets.length);
    this.setValue = new Uint8Array(this.sets.length);
  }

  get setCount(): number {
    return this.sets.length;
  }

  /** The variables a condition set reads. */
  setReads(set: number): string[] {
    const names = new Set<string>();
    for (const id of this.sets[set] ?? [])
      for (const name of referencedNames(this.expressions[id] ?? { kind: 'literal', value: true })) names.add(name);
    return [...names];
  }

  /** Forget the previous row's answers. */
  nextRow(): void {
    this.row++;
  }

  /** Whether field `field` is asked in the current row. */
  isRelevant(field: number, record: RecordValues): boolean {
    const set = this.setOfField[field] ?? -1;
    return set < 0 || this.setHolds(set, record);
  }

  /** Whether every condition of a set holds in the current row. */
  setHolds(set: number, record: RecordValues): boolean {
    if (this.setStamp[set] !== this.row) {
      this.setStamp[set] = this.row;
      this.setValue[set] = this.firstFailing(set, record) < 0 ? 1 : 0;
    }
    return this.setValue[set] === 1;
  }

  /** The first of the field's conditions that does not hold in the current row (an index into `expressions`), or -1. */
  failingCondition(field: number, record: RecordValues): number {
    const set = this.setOfField[field] ?? -1;
    return set < 0 ? -1 : this.firstFailing(set, record);
  }

  private firstFailing(set: number, record: RecordValues): number {
    const parts = this.sets[set];
    if (parts === undefined) return -1;
    for (let k = 0; k < parts.length; k++) {
      const id = parts[k] ?? 0;
      if (this.conditionStamp[id] !== this.row) {
        this.conditionStamp[id] = this.row;
        this.conditionValue[id] = this.conditions[id]?.test(record) ? 1 : 0;
      }
      if (this.conditionValue[id] === 0) return id;
    }
    return -1;
  }

  private conditionId(part: Expr, ids: Map<string, number>): number {
    const key = JSON.stringify(part);
    let id = ids.get(key);
    if (id === undefined) {
      id = this.conditions.length;
      ids.set(key, id);
      this.conditions.push(compileExpression(part));
      this.expressions.push(part);
    }
    return id;
  }
}

function conjuncts(expr: Expr): Expr[] {
  return expr.kind === 'and' ? expr.operands.flatMap(conjuncts) : [expr];
}
