import type { CompiledDesign } from './design.js';
import { EstimationInputError } from './errors.js';

/** Row-aligned domain membership: a row is in the domain when its entry is true or non-zero. */
export type DomainMask = ArrayLike<number | boolean>;

/**
 * Rows an estimate uses: inside the domain and with every value column
 * answered (NaN = missing). Missing rows leave the domain, which is what R's
 * na.rm = TRUE does (it subsets the design). The design itself is never
 * subset: rows outside contribute zero scores, but the stratum PSU counts
 * stay those of the full design, as in svyby / subset.
 */
export function activeRows(design: CompiledDesign, domain: DomainMask | undefined, columns: readonly ArrayLike<number>[]): Uint8Array {
  const n = design.nRows;
  if (domain !== undefined && domain.length !== n) {
    throw new EstimationInputError(`Domain has ${domain.length} rows but the design has ${n}.`);
  }
  for (const column of columns) {
    if (column.length !== n) throw new EstimationInputError(`A value column has ${column.length} rows but the design has ${n}.`);
  }
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (domain !== undefined && !domain[i]) continue;
    let answered = true;
    for (const column of columns) if (Number.isNaN(column[i])) answered = false;
    active[i] = answered ? 1 : 0;
  }
  return active;
}
