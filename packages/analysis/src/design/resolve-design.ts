import { answerText } from '@dh/core';
import { columnOf, type RecordTable } from '../load/read-record-table.js';
import type { DesignRoute } from './design-route.js';

/** Design variables of one row; weight is NaN when absent or not a positive number. */
interface RowDesign {
  readonly stratum: string;
  readonly psu: string;
  readonly weight: number;
}

/** Row-aligned design of a record type, with the rows that have all three design values. */
export interface ResolvedDesign {
  readonly strata: readonly string[];
  readonly psu: readonly string[];
  readonly weights: Float64Array;
  /** 1 where stratum, PSU and a weight above 0 are all present. */
  readonly complete: Uint8Array;
}

const NONE: RowDesign = { stratum: '', psu: '', weight: Number.NaN };

/** The link key of every row: its key fields' answers, joined. */
function keys(table: RecordTable | undefined, fields: readonly string[]): string[] {
  if (!table) return [];
  const columns = fields.map((f) => columnOf(table, f));
  return Array.from({ length: table.size }, (_, i) => columns.map((c) => answerText(c[i])).join('\u001f'));
}

function ownDesigns(table: RecordTable | undefined, route: DesignRoute): RowDesign[] {
  if (!table) return [];
  const { stratum, psu, weight } = route.declaration;
  const [s, p, w] = [columnOf(table, stratum), columnOf(table, psu), columnOf(table, weight)];
  return Array.from({ length: table.size }, (_, i) => {
    const value = w[i];
    return {
      stratum: answerText(s[i]),
      psu: answerText(p[i]),
      weight: typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : Number.NaN,
    };
  });
}

/**
 * Gives every row of the route's record type its stratum, PSU and weight: its own, or its
 * parent's found by the link's key (roster rows take their household's). Rows whose parent
 * is missing have no design.
 */
export function resolveDesign(route: DesignRoute, tables: ReadonlyMap<string, RecordTable>): ResolvedDesign {
  let designs = ownDesigns(tables.get(route.declaration.recordType), route);
  for (let i = route.links.length - 1; i >= 0; i--) {
    const link = route.links[i];
    if (!link) continue;
    const byKey = new Map<string, RowDesign>();
    keys(tables.get(link.to.recordType), link.to.fields).forEach((key, r) => {
      if (!byKey.has(key)) byKey.set(key, designs[r] ?? NONE);
    });
    designs = keys(tables.get(link.from.recordType), link.from.fields).map((key) => byKey.get(key) ?? NONE);
  }
  const n = designs.length;
  const weights = new Float64Array(n);
  const complete = new Uint8Array(n);
  designs.forEach((d, i) => {
    weights[i] = d.weight;
    complete[i] = d.stratum !== '' && d.psu !== '' && d.weight > 0 ? 1 : 0;
  });
  return { strata: designs.map((d) => d.stratum), psu: designs.map((d) => d.psu), weights, complete };
}
