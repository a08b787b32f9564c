import { referencedNames, type DerivedVariable, type Expr, type FieldDefinition, type RecordType } from '@dh/core';

/** How a column's cells become values: numbers for numeric fields and weights, text otherwise. */
export type CellKind = 'number' | 'text';

/** What to keep of one record type's file: only the columns some indicator needs (docs/architecture.md § scale). */
export interface ColumnPlan {
  readonly recordType: RecordType;
  /** Columns to read, with how to convert them. */
  readonly columns: ReadonlyMap<string, CellKind>;
  /** Derived variables to compute on each row, in an order where each follows those it reads. */
  readonly derived: readonly DerivedVariable[];
  /** Names asked for that are neither a field, a derived variable nor an extra column. */
  readonly unknown: readonly string[];
}

export interface ColumnNeeds {
  /** Expressions evaluated on this record type (universes, numerators, levels, relevance). */
  readonly expressions: readonly Expr[];
  /** Variable names read directly (missingFrom). */
  readonly names: readonly string[];
  /** Columns that need not be fields (design and link variables), and how to read them. */
  readonly extra: ReadonlyMap<string, CellKind>;
}

export function cellKindOf(field: FieldDefinition): CellKind {
  return field.valueType === 'integer' || field.valueType === 'number' ? 'number' : 'text';
}

export function planColumns(recordType: RecordType, derivedVariables: readonly DerivedVariable[], needs: ColumnNeeds): ColumnPlan {
  const fields = new Map(recordType.fields.map((f) => [f.name, f]));
  const derivedByName = new Map(derivedVariables.filter((d) => d.recordType === recordType.name).map((d) => [d.name, d]));
  const columns = new Map<string, CellKind>(needs.extra);
  const derived = new Set<DerivedVariable>();
  const unknown = new Set<string>();
  const pending = [...needs.names, ...needs.expressions.flatMap(referencedNames)];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const field = fields.get(name);
    const variable = derivedByName.get(name);
    if (field) columns.set(name, columns.get(name) ?? cellKindOf(field));
    else if (variable) {
      derived.add(variable);
      pending.push(...referencedNames(variable.expr));
    } else if (!columns.has(name)) unknown.add(name);
  }
  return { recordType, columns, derived: dependencyOrder([...derived]), unknown: [...unknown].sort() };
}

/** Derived variables after every derived variable they read (declaration order otherwise). */
function dependencyOrder(variables: readonly DerivedVariable[]): DerivedVariable[] {
  const names = new Set(variables.map((v) => v.name));
  const done = new Set<string>();
  const ordered: DerivedVariable[] = [];
  const visit = (v: DerivedVariable, path: ReadonlySet<string>): void => {
    if (done.has(v.name) || path.has(v.name)) return;
    const inner = new Set(path).add(v.name);
    for (const ref of referencedNames(v.expr)) {
      const dependency = names.has(ref) ? variables.find((d) => d.name === ref) : undefined;
      if (dependency) visit(dependency, inner);
    }
    done.add(v.name);
    ordered.push(v);
  };
  for (const v of variables) visit(v, new Set());
  return ordered;
}
