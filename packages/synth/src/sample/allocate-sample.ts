import type { SampleUnitPlan } from '@dh/core';
import type { SeededRandom } from '../random.js';

export interface SamplePsu {
  readonly code: string;
  readonly units: number;
}

export interface SampleStratum {
  readonly code: string;
  /** Synthetic frame size: the units the stratum holds, which its weights sum to. */
  readonly frameUnits: number;
  readonly psus: readonly SamplePsu[];
}

/** Splits `total` into whole shares proportional to `sizes` (largest remainder). */
export function proportionalShares(total: number, sizes: readonly number[]): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((s) => (sum > 0 ? (total * s) / sum : 0));
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}

function psuCode(template: string, n: number): string {
  return template.replace(/\{n(?::(\d+))?\}/g, (_w, width: string | undefined) =>
    width ? String(n).padStart(Number(width), '0') : String(n),
  );
}

/**
 * A stratified two-stage sample of `n` units (docs/methodology.md § household-survey, design):
 * units allocated to strata in proportion to their frame size, then to PSUs of about
 * `unitsPerPsu` each, at least `minPsusPerStratum` per stratum where it has that many units.
 */
export function allocateSample(n: number, strata: readonly string[], plan: SampleUnitPlan, random: SeededRandom): SampleStratum[] {
  const frames = strata.map(() => random.int(plan.frameUnitsPerStratum.min, plan.frameUnitsPerStratum.max));
  const units = proportionalShares(n, frames);
  let psuNumber = 0;
  return strata.map((code, s) => {
    const inStratum = units[s] ?? 0;
    const psuCount = Math.min(inStratum, Math.max(plan.minPsusPerStratum, Math.ceil(inStratum / plan.unitsPerPsu)));
    const perPsu = proportionalShares(
      inStratum,
      Array.from({ length: psuCount }, () => 1),
    );
    return { code, frameUnits: frames[s] ?? 0, psus: perPsu.map((count) => ({ code: psuCode(plan.psuCode, ++psuNumber), units: count })) };
  });
}
