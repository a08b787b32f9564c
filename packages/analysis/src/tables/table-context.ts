import { answerText, type AssessmentConfig, type BuiltActivity, type DisclosurePolicy, type TableContract } from '@dh/core';
import type { Thresholds } from '../disclosure/disclosure-control.js';
import { columnOf, type Cell, type RecordTable } from '../load/read-record-table.js';
import type { TableResult } from '../results/results-schema.js';

/** What every table engine reads: the activity's tables and links, its disclosure policy, the thresholds. */
export interface TableContext {
  readonly built: BuiltActivity;
  readonly tables: ReadonlyMap<string, RecordTable>;
  readonly unavailable: ReadonlyMap<string, string>;
  readonly config: AssessmentConfig;
  readonly thresholds: Thresholds;
  readonly disclosure: DisclosurePolicy;
}

/** The published description of a table, before its axes and cells are known. */
export function tableShell(
  contract: TableContract,
): Omit<TableResult, 'rowsTitle' | 'columnsTitle' | 'rows' | 'columns' | 'cells' | 'sources' | 'status' | 'reason' | 'unit'> {
  return {
    activity: contract.activity,
    id: contract.id,
    outputKind: contract.outputKind,
    title: contract.title,
    definition: contract.definition,
    recordType: contract.recordType,
    version: contract.version,
    acceptsVersions: contract.acceptsVersions,
    caveat: contract.caveat ?? null,
  };
}

/** A table that could not be computed, with the reason published in its place. */
export function notComputed(contract: TableContract, reason: string): TableResult {
  return {
    ...tableShell(contract),
    unit: null,
    rowsTitle: '',
    columnsTitle: '',
    rows: [],
    columns: [],
    cells: [],
    sources: [],
    status: 'not-computed',
    reason,
  };
}

/**
 * Each row's value of a field of the record it links to (a coded segment's interview's
 * respondent type), through the activity's link from `table`'s record type to `target`.
 */
export function linkedValues(ctx: TableContext, table: RecordTable, target: string, field: string): Cell[] | string {
  const link = ctx.built.links.find((l) => l.from.recordType === table.recordType && l.to.recordType === target);
  if (!link) return `${table.recordType} has no link to ${target}.`;
  const other = ctx.tables.get(target);
  if (!other) return ctx.unavailable.get(target) ?? `no ${target} records were read.`;
  const keyOf = (t: RecordTable, fields: readonly string[], i: number): string =>
    fields.map((f) => answerText(columnOf(t, f)[i])).join('\u001f');
  const values = columnOf(other, field);
  const byKey = new Map<string, Cell>();
  for (let i = 0; i < other.size; i++)
    if (!byKey.has(keyOf(other, link.to.fields, i))) byKey.set(keyOf(other, link.to.fields, i), values[i]);
  return Array.from({ length: table.size }, (_, i) => byKey.get(keyOf(table, link.from.fields, i)));
}
