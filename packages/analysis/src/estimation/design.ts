import { EstimationInputError } from './errors.js';

/**
 * What a stratum with a single PSU contributes to the variance, with the
 * semantics of R survey's `options(survey.lonely.psu = ...)`:
 * - `fail`: throw (R's default);
 * - `remove`, `certainty`: contributes nothing (identical for Taylor
 *   linearisation in R survey 4.1);
 * - `adjust`: the PSU total is centred at zero, the mean of the linearised
 *   scores over the whole population, instead of at the stratum mean;
 * - `average`: the variance of the other strata is scaled up by
 *   (strata) / (strata with more than one PSU).
 */
export type LonelyPsuPolicy = 'fail' | 'remove' | 'adjust' | 'average' | 'certainty';

export type DesignId = string | number;

/** Row-aligned description of a stratified cluster sample, as R's svydesign(ids, strata, weights, nest = TRUE). */
export interface SurveyDesign {
  /** Stratum of each row; omit for an unstratified design (one stratum). */
  readonly strata?: ArrayLike<DesignId>;
  /** First-stage unit of each row, nested within strata (ids may repeat across strata); omit when each row is its own PSU. */
  readonly psu?: ArrayLike<DesignId>;
  /** Sampling weight of each row: finite and positive. */
  readonly weights: ArrayLike<number>;
  /** Lonely-PSU policy; defaults to 'fail', as R. */
  readonly lonelyPsu?: LonelyPsuPolicy;
}

/** A design indexed once for many estimates: PSUs are numbered contiguously by stratum. */
export interface CompiledDesign {
  readonly nRows: number;
  readonly weights: Float64Array;
  /** PSU index of each row. */
  readonly psuOfRow: Int32Array;
  /** PSUs of stratum h are stratumPsuStart[h] … stratumPsuStart[h + 1] − 1. */
  readonly stratumPsuStart: Int32Array;
  readonly stratumLabels: readonly string[];
  readonly nStrata: number;
  readonly nPsu: number;
  /** Design degrees of freedom: PSUs − strata (R's degf). */
  readonly degf: number;
  readonly lonelyPsu: LonelyPsuPolicy;
  /** Labels of strata with a single PSU. */
  readonly lonelyStrata: readonly string[];
}

const POLICIES: readonly LonelyPsuPolicy[] = ['fail', 'remove', 'adjust', 'average', 'certainty'];

/** Validates and indexes a design; every estimator takes the result. */
export function compileDesign(design: SurveyDesign): CompiledDesign {
  const nRows = design.weights.length;
  const lonelyPsu = design.lonelyPsu ?? 'fail';
  if (!POLICIES.includes(lonelyPsu)) throw new EstimationInputError(`Unknown lonelyPsu policy "${String(lonelyPsu)}".`);
  checkLength('strata', design.strata, nRows);
  checkLength('psu', design.psu, nRows);
  const weights = validWeights(design.weights);
  const { stratumOfRow, localPsu, psuCounts, labels } = indexUnits(design, nRows);
  const stratumPsuStart = new Int32Array(labels.length + 1);
  psuCounts.forEach((count, h) => (stratumPsuStart[h + 1] = (stratumPsuStart[h] ?? 0) + count));
  const psuOfRow = new Int32Array(nRows);
  for (let i = 0; i < nRows; i++) psuOfRow[i] = (stratumPsuStart[stratumOfRow[i] ?? 0] ?? 0) + (localPsu[i] ?? 0);
  const nPsu = stratumPsuStart[labels.length] ?? 0;
  return {
    nRows,
    weights,
    psuOfRow,
    stratumPsuStart,
    stratumLabels: labels,
    nStrata: labels.length,
    nPsu,
    degf: nPsu - labels.length,
    lonelyPsu,
    lonelyStrata: labels.filter((_, h) => psuCounts[h] === 1),
  };
}

function checkLength(name: string, column: ArrayLike<unknown> | undefined, nRows: number): void {
  if (column !== undefined && column.length !== nRows) {
    throw new EstimationInputError(`Design column "${name}" has ${column.length} rows but weights has ${nRows}.`);
  }
}

function validWeights(weights: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(weights);
  for (let i = 0; i < out.length; i++) {
    const w = out[i] ?? Number.NaN;
    // R's svydesign refuses missing weights; zero weights would silently shrink the design.
    if (!(w > 0 && w < Number.POSITIVE_INFINITY)) {
      throw new EstimationInputError(`Row ${i + 1}: weight must be a finite number above 0, got ${String(weights[i])}.`);
    }
  }
  return out;
}

interface UnitIndex {
  stratumOfRow: Int32Array;
  localPsu: Int32Array;
  psuCounts: number[];
  labels: string[];
}

/** Numbers strata in order of appearance and PSUs within each stratum (nesting). */
function indexUnits(design: SurveyDesign, nRows: number): UnitIndex {
  const strata = new Map<DesignId, number>();
  const psusByStratum: Map<DesignId, number>[] = [];
  const labels: string[] = [];
  const stratumOfRow = new Int32Array(nRows);
  const localPsu = new Int32Array(nRows);
  for (let i = 0; i < nRows; i++) {
    const stratumId = design.strata === undefined ? 1 : checkedId(design.strata[i], 'stratum', i);
    const psuId = design.psu === undefined ? i : checkedId(design.psu[i], 'psu', i);
    let h = strata.get(stratumId);
    if (h === undefined) {
      h = labels.push(String(stratumId)) - 1;
      strata.set(stratumId, h);
      psusByStratum.push(new Map());
    }
    const psus = psusByStratum[h] ?? new Map<DesignId, number>();
    let j = psus.get(psuId);
    if (j === undefined) psus.set(psuId, (j = psus.size));
    stratumOfRow[i] = h;
    localPsu[i] = j;
  }
  return { stratumOfRow, localPsu, psuCounts: psusByStratum.map((m) => m.size), labels };
}

function checkedId(id: DesignId | undefined, name: string, row: number): DesignId {
  if (id === undefined || id === null || id === '' || (typeof id === 'number' && Number.isNaN(id))) {
    throw new EstimationInputError(`Row ${row + 1}: missing ${name} id.`);
  }
  return id;
}
