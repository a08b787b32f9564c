import { answerText } from '@dh/core';
import type { AnalysisRow, RecordTable } from '../load/read-record-table.js';
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

const keyOf = (row: AnalysisRow, fields: readonly string[]): string => fields.map((f) => answerText(row[f])).join('\u001f');

function ownDesign(row: AnalysisRow, route: DesignRoute): RowDesign {
  const { stratum, psu, weight } = route.declaration;
  const w = row[weight];
  return { stratum: answerText(row[stratum]), psu: answerText(row[psu]), weight: typeof w === 'number' && w > 0 && Number.isFinite(w) ? w : Number.NaN };
}

/**
 * Gives every row of the route's record type its stratum, PSU and weight: its own, or its
 * parent's found by the link's key (roster rows take their household's). Rows whose parent
 * is missing have no design.
 */
export function resolveDesign(route: DesignRoute, tables: ReadonlyMap<string, RecordTable>): ResolvedDesign {
  const source = tables.get(route.declaration.recordType);
  let designs: RowDesign[] = (source?.rows ?? []).map((row) => ownDesign(row, route));
  for (let i = route.links.length - 1; i >= 0; i--) {
    const link = route.links[i];
    if (!link) continue;
    const parents = tables.get(link.to.recordType)?.rows ?? [];
    const byKey = new Map<string, RowDesign>();
    parents.forEach((row, r) => {
      const key = keyOf(row, link.to.fields);
      if (!byKey.has(key)) byKey.set(key, designs[r] ?? NONE);
    });
    const children = tables.get(link.from.recordType)?.rows ?? [];
    designs = children.map((row) => byKey.get(keyOf(row, link.from.fields)) ?? NONE);
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
