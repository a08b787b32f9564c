import type { EstimateFlag } from '../results/results-schema.js';

export interface Thresholds {
  readonly suppressBelow: number;
  readonly flagBelow: number;
  readonly qualitativeSuppressBelow: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { suppressBelow: 25, flagBelow: 50, qualitativeSuppressBelow: 5 };

export interface DisclosureDecision {
  /** When true, the cell is published with its flags and notes and no number at all. */
  readonly withhold: boolean;
  readonly flags: EstimateFlag[];
  readonly notes: string[];
}

/**
 * The reporting rules of docs/methodology.md § reporting (after DHS): an estimate on fewer than
 * `suppressBelow` unweighted cases is suppressed, one on fewer than `flagBelow` is shown
 * flagged; a count of respondents (a qualitative count) under `qualitativeSuppressBelow` is
 * suppressed. Thresholds come from the assessment config.
 */
export function discloseEstimate(
  measure: { readonly n: number; readonly count?: number; readonly representative: boolean },
  thresholds: Thresholds,
): DisclosureDecision {
  const flags: EstimateFlag[] = [];
  const notes: string[] = [];
  if (!measure.representative) {
    flags.push('not-representative');
    notes.push('Unweighted: describes the respondents, not a population.');
  }
  if (measure.count !== undefined) {
    if (measure.count < thresholds.qualitativeSuppressBelow) {
      flags.push('suppressed');
      notes.push(`Suppressed: counts under ${thresholds.qualitativeSuppressBelow} are not published.`);
      return { withhold: true, flags, notes };
    }
    return { withhold: false, flags, notes };
  }
  if (measure.n < thresholds.suppressBelow) {
    flags.push('suppressed');
    notes.push(`Suppressed: fewer than ${thresholds.suppressBelow} unweighted cases.`);
    return { withhold: true, flags, notes };
  }
  if (measure.n < thresholds.flagBelow) {
    flags.push('low-reliability');
    notes.push(`Less reliable: ${thresholds.suppressBelow}–${thresholds.flagBelow - 1} unweighted cases.`);
  }
  return { withhold: false, flags, notes };
}
