import type { RecordTable } from '../load/read-record-table.js';
import { compileDesign, EstimationInputError, type CompiledDesign, type LonelyPsuPolicy } from '../estimation/index.js';
import { describeRoute, type DesignRoute } from './design-route.js';
import { resolveDesign } from './resolve-design.js';

/** The full design of a record type: its rows with a complete design, indexed once for every estimate. */
export interface RecordDesign {
  readonly description: string;
  /** Indices (into the table) of the rows in the design. */
  readonly rows: Int32Array;
  /** 1 for each table row that is in the design. */
  readonly inDesign: Uint8Array;
  readonly strata: readonly string[];
  readonly psu: readonly string[];
  readonly weights: Float64Array;
  readonly compiled: CompiledDesign;
}

export type RecordDesignResult =
  { readonly status: 'success'; readonly design: RecordDesign } | { readonly status: 'failure'; readonly reason: string };

/**
 * Resolves and compiles the design of a record type. Rows without stratum, PSU or a
 * positive weight are left out of the design (R's svydesign refuses them); the caller
 * reports any that fall in an indicator's universe.
 */
export function buildRecordDesign(
  route: DesignRoute,
  tables: ReadonlyMap<string, RecordTable>,
  lonelyPsu: LonelyPsuPolicy,
): RecordDesignResult {
  const resolved = resolveDesign(route, tables);
  const rows: number[] = [];
  resolved.complete.forEach((c, i) => void (c ? rows.push(i) : undefined));
  const index = Int32Array.from(rows);
  const strata = rows.map((i) => resolved.strata[i] ?? '');
  const psu = rows.map((i) => resolved.psu[i] ?? '');
  const weights = gather(resolved.weights, index);
  if (rows.length === 0)
    return { status: 'failure', reason: `no ${route.recordType} row has a complete design (stratum, PSU and a weight above 0).` };
  try {
    const compiled = compileDesign({ strata, psu, weights, lonelyPsu });
    return {
      status: 'success',
      design: { description: describeRoute(route), rows: index, inDesign: resolved.complete, strata, psu, weights, compiled },
    };
  } catch (error) {
    if (error instanceof EstimationInputError) return { status: 'failure', reason: error.message };
    throw error;
  }
}

/** The values at the given rows. */
export function gather<T extends Float64Array | Uint8Array>(values: T, rows: Int32Array): T {
  const out = new (values.constructor as new (n: number) => T)(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i] ?? 0] ?? 0;
  return out;
}
