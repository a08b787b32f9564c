import type { CountTableContract, TableContract } from '@dh/core';
import type { TableResult } from '../results/results-schema.js';
import { countTable, countTablesProtectedTogether } from './count-table.js';
import { notComputed } from './table-context.js';
import { statusTable } from './status-table.js';
import type { TableContext } from './table-context.js';
import { timeSeries } from './time-series.js';

/** A table by its output kind: one engine per kind, whatever the activity. */
export function computeTable(contract: TableContract, ctx: TableContext): TableResult {
  switch (contract.outputKind) {
    case 'count-table':
      return countTable(contract, ctx);
    case 'status-table':
      return statusTable(contract, ctx);
    case 'time-series':
      return timeSeries(contract, ctx);
  }
}

/**
 * Every table of an activity, with counts withheld alike wherever they appear: the count
 * tables are computed again, each withholding what any of them withheld under a shared key
 * (count-table.ts), until no table withholds anything new. Each round can only add to what
 * is withheld, so this ends.
 */
export function protectedTables(
  contracts: readonly TableContract[],
  ctx: TableContext,
  reasons: ReadonlyMap<string, string>,
): TableResult[] {
  const computed = (t: TableContract): boolean => !reasons.has(t.id);
  const counts = contracts.filter((t): t is CountTableContract => t.outputKind === 'count-table' && computed(t));
  const byId = new Map(countTablesProtectedTogether(counts, ctx).map((table) => [table.id, table]));
  return contracts.map((t) => {
    const reason = reasons.get(t.id);
    if (reason !== undefined) return notComputed(t, reason);
    return byId.get(t.id) ?? computeTable(t, ctx);
  });
}
