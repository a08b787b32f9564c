import type { BuiltActivity, Expr, SameAsRows, TableContract, TableDimension } from '@dh/core';

/** What a table reads, per record type: expressions evaluated on it and variables read directly. */
export interface TableNeeds {
  readonly expressions: Map<string, Expr[]>;
  readonly names: Map<string, string[]>;
}

/**
 * The variables each table contract reads, so only those columns are kept: its expressions
 * (universe, levels, series), its fields, and for an axis read through a link, the link's
 * fields on both sides and the field on the other record.
 */
export function tableNeeds(built: BuiltActivity, tables: readonly TableContract[]): TableNeeds {
  const expressions = new Map<string, Expr[]>();
  const names = new Map<string, string[]>();
  const expr = (recordType: string, ...e: (Expr | undefined)[]): void =>
    void expressions.set(recordType, [...(expressions.get(recordType) ?? []), ...e.filter((x): x is Expr => x !== undefined)]);
  const name = (recordType: string, ...n: (string | undefined)[]): void =>
    void names.set(recordType, [...(names.get(recordType) ?? []), ...n.filter((x): x is string => x !== undefined)]);
  const dimension = (recordType: string, d: TableDimension | SameAsRows | undefined): void => {
    if (!d || d.kind === 'same-as-rows') return;
    if (d.kind === 'levels') return expr(recordType, ...d.levels.map((l) => l.when));
    if (d.from === undefined) return name(recordType, d.field);
    const link = built.links.find((l) => l.from.recordType === recordType && l.to.recordType === d.from);
    if (!link) return;
    name(recordType, ...link.from.fields);
    name(d.from, ...link.to.fields, d.field);
  };
  for (const t of tables) {
    expr(t.recordType, t.universe);
    switch (t.outputKind) {
      case 'count-table':
        dimension(t.recordType, t.rows);
        dimension(t.recordType, t.columns);
        name(t.recordType, ...(t.distinct ?? []), t.sum);
        break;
      case 'status-table':
        name(t.recordType, t.itemField, t.statusField, ...t.detailFields.map((d) => d.field));
        break;
      case 'time-series':
        name(t.recordType, t.periodField, t.valueField, ...t.sourceFields);
        expr(t.recordType, ...t.series.map((s) => s.when));
        break;
    }
  }
  return { expressions, names };
}
