import type { IndicatorContract } from '@dh/core';
import type { EstimateRow } from '../results/results-schema.js';
import type { Thresholds } from './disclosure-control.js';

const WITHHELD = {
  estimate: null,
  se: null,
  ciLow: null,
  ciHigh: null,
  ciMethod: null,
  df: null,
  n: null,
  weightedN: null,
  deff: null,
  nationalCount: null,
  nationalCountLow: null,
  nationalCountHigh: null,
} as const;

const isSuppressed = (row: EstimateRow): boolean => row.flags.includes('suppressed');

/**
 * Complementary suppression of estimates (docs/methodology.md § reporting). Within each
 * disaggregation of an indicator, what the suppressed levels hold together can be worked out
 * from the overall row and the shown levels (girls = all − boys): their cases
 * (n_all − Σ n_shown) and, for an unweighted estimate, their share or count too. So shown
 * levels, smallest first, are suppressed as well until at least two levels are hidden and the
 * hidden levels together reach the suppression threshold; where no level is left to hide,
 * the overall row is withheld. No shown level beside a suppressed one publishes its weighted
 * N or national count, from which the weighted total of the hidden levels would follow.
 */
export function protectEstimates(
  rows: readonly EstimateRow[],
  indicators: readonly IndicatorContract[],
  thresholds: Thresholds,
): EstimateRow[] {
  const out = rows.map((r) => ({ ...r, flags: [...r.flags], notes: [...r.notes] }));
  for (const indicator of indicators) {
    const own = out.filter((r) => r.activity === indicator.activity && r.indicator === indicator.id);
    const overall = own.find((r) => r.disaggregation === null);
    // An unweighted count is published as a count of respondents: what is hidden is that count.
    const qualitative = indicator.estimator === 'count' && !indicator.weighted;
    const size = (r: EstimateRow): number => (qualitative ? (r.estimate ?? 0) : (r.n ?? 0));
    const threshold = qualitative ? thresholds.qualitativeSuppressBelow : thresholds.suppressBelow;
    const groups = new Map<string, EstimateRow[]>();
    for (const r of own) if (r.disaggregation !== null) groups.set(r.disaggregation, [...(groups.get(r.disaggregation) ?? []), r]);
    for (const levels of groups.values()) {
      if (!levels.some(isSuppressed)) continue;
      const exposed = (): boolean => {
        if (!overall || isSuppressed(overall)) return false;
        const hidden = levels.filter(isSuppressed).length;
        const together = size(overall) - levels.filter((r) => !isSuppressed(r)).reduce((sum, r) => sum + size(r), 0);
        return hidden === 1 || together < threshold;
      };
      while (exposed()) {
        const next = levels
          .filter((r) => !isSuppressed(r) && (r.n ?? 0) > 0)
          .sort((a, b) => size(a) - size(b) || (a.n ?? 0) - (b.n ?? 0))[0];
        if (next) withhold(next, 'Suppressed so that a suppressed level beside it cannot be worked out from the overall figures.');
        else if (overall) withhold(overall, 'Suppressed so that the suppressed levels cannot be worked out from it.');
      }
      for (const r of levels.filter((l) => !isSuppressed(l)))
        Object.assign(r, { weightedN: null, nationalCount: null, nationalCountLow: null, nationalCountHigh: null });
    }
  }
  return out;
}

function withhold(row: EstimateRow, why: string): void {
  Object.assign(row, WITHHELD);
  row.flags = [...row.flags.filter((f) => f !== 'low-reliability'), 'suppressed'];
  row.notes = [...row.notes.filter((n) => !n.startsWith('Less reliable')), why];
}
