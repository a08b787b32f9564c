import type { CompiledDesign } from './design.js';
import { LonelyPsuError } from './errors.js';

/** Per-estimate PSU totals of the weighted linearised scores, and which PSUs hold rows of the estimate. */
export interface PsuScores {
  readonly totals: Float64Array;
  readonly present: Uint8Array;
}

export function newPsuScores(design: CompiledDesign): PsuScores {
  return { totals: new Float64Array(design.nPsu), present: new Uint8Array(design.nPsu) };
}

export interface DesignVariance {
  readonly variance: number;
  /** PSUs − strata among those holding rows of the estimate: R's degf(subset(design, domain)). */
  readonly df: number;
}

/**
 * With-replacement Taylor variance of a total of linearised scores, as R's
 * svyrecvar / onestrat: Σₕ nₕ/(nₕ − 1) Σⱼ (zₕⱼ − z̄ₕ)², with nₕ the stratum's
 * PSU count in the full design (PSUs without domain rows count as zeros).
 * Strata without rows of the estimate are skipped, as R's subset designs drop them.
 */
export function designVariance(design: CompiledDesign, scores: PsuScores): DesignVariance {
  const start = design.stratumPsuStart;
  let variance = 0;
  let strataPresent = 0;
  let psusPresent = 0;
  let lonelyAveraged = 0;
  for (let h = 0; h < design.nStrata; h++) {
    const from = start[h] ?? 0;
    const to = start[h + 1] ?? 0;
    const present = countPresent(scores.present, from, to);
    if (present === 0) continue;
    strataPresent += 1;
    psusPresent += present;
    if (to - from > 1) {
      variance += (centredSumOfSquares(scores.totals, from, to) * (to - from)) / (to - from - 1);
    } else if (design.lonelyPsu === 'fail') {
      throw new LonelyPsuError(design.stratumLabels[h] ?? String(h));
    } else if (design.lonelyPsu === 'adjust') {
      const total = scores.totals[from] ?? 0;
      variance += total * total;
    } else if (design.lonelyPsu === 'average') {
      lonelyAveraged += 1;
    }
  }
  // R: sum over strata with a variance × strata / strata-with-a-variance (NaN if none has one).
  if (lonelyAveraged > 0) variance *= strataPresent / (strataPresent - lonelyAveraged);
  return { variance, df: psusPresent - strataPresent };
}

function countPresent(present: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) count += present[j] ?? 0;
  return count;
}

/** Two-pass Σ (z − z̄)², as R centres before the cross-product. */
function centredSumOfSquares(totals: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let j = from; j < to; j++) sum += totals[j] ?? 0;
  const mean = sum / (to - from);
  let squares = 0;
  for (let j = from; j < to; j++) {
    const d = (totals[j] ?? 0) - mean;
    squares += d * d;
  }
  return squares;
}
