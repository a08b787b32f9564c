import { referencedNames, type BuiltActivity, type Disaggregation, type Expr, type IndicatorContract, type TableContract } from '@dh/core';
import { tableNeeds } from '../tables/table-needs.js';
import { routeColumns, type DesignRoute } from '../design/design-route.js';
import { localRelevance } from '../indicators/missing-answers.js';
import { planColumns, type CellKind, type ColumnPlan } from '../load/column-plan.js';

/** Names a record type offers for expressions: its fields and its derived variables. */
export function recordNames(built: BuiltActivity, recordType: string): Set<string> {
  const fields = built.recordTypes.find((r) => r.name === recordType)?.fields ?? [];
  const derived = built.derivedVariables.filter((d) => d.recordType === recordType);
  return new Set([...fields.map((f) => f.name), ...derived.map((d) => d.name)]);
}

/** Whether every level of a disaggregation can be evaluated on a record type. */
export function disaggregationFits(disaggregation: Disaggregation, names: ReadonlySet<string>): boolean {
  return disaggregation.levels.every((level) => referencedNames(level.when).every((n) => names.has(n)));
}

interface Needs {
  expressions: Expr[];
  names: string[];
  extra: Map<string, CellKind>;
}

/**
 * The columns of each record type the computable indicators need: their expressions,
 * the levels of their disaggregations, the variables of their missing treatment (with the
 * local part of those questions' relevance), and the design and link variables.
 */
export function activityColumnPlans(
  built: BuiltActivity,
  indicators: readonly IndicatorContract[],
  disaggregationsOf: (indicator: IndicatorContract) => readonly Disaggregation[],
  routes: readonly DesignRoute[],
  tables: readonly TableContract[] = [],
  /** Further columns to read, per record type (the excerpts a research lead asked to publish). */
  more: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, ColumnPlan> {
  const needs = new Map<string, Needs>();
  const needsOf = (recordType: string): Needs => {
    let n = needs.get(recordType);
    if (!n) needs.set(recordType, (n = { expressions: [], names: [], extra: new Map() }));
    return n;
  };
  for (const indicator of indicators) {
    const n = needsOf(indicator.recordType);
    const fields = new Map((built.recordTypes.find((r) => r.name === indicator.recordType)?.fields ?? []).map((f) => [f.name, f]));
    const own = new Set(fields.keys());
    n.expressions.push(...[indicator.universe, indicator.numerator, indicator.value].filter((e) => e !== undefined));
    n.names.push(...indicator.missingFrom);
    for (const name of indicator.missingFrom) {
      const relevant = fields.get(name)?.relevant;
      const local = relevant ? localRelevance(relevant, own) : undefined;
      if (local) n.expressions.push(local);
    }
    for (const d of disaggregationsOf(indicator)) n.expressions.push(...d.levels.map((l) => l.when));
    // A record's own design variables may be read by expressions even where it is not weighted.
    const design = built.designs.find((d) => d.recordType === indicator.recordType);
    if (design) [design.stratum, design.psu].forEach((name) => n.extra.set(name, n.extra.get(name) ?? 'text'));
  }
  for (const route of routes) {
    for (const [recordType, columns] of routeColumns(route)) {
      const n = needsOf(recordType);
      for (const [name, kind] of columns) if (!n.extra.has(name)) n.extra.set(name, kind);
    }
  }
  const forTables = tableNeeds(built, tables);
  for (const [recordType, expressions] of forTables.expressions) needsOf(recordType).expressions.push(...expressions);
  for (const [recordType, names] of forTables.names) needsOf(recordType).names.push(...names);
  for (const [recordType, names] of more) needsOf(recordType).names.push(...names);
  const plans = new Map<string, ColumnPlan>();
  for (const [name, n] of needs) {
    const recordType = built.recordTypes.find((r) => r.name === name);
    if (recordType) plans.set(name, planColumns(recordType, built.derivedVariables, n));
  }
  return plans;
}
