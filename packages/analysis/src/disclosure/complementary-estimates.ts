import type { IndicatorContract } from '@dh/core';
import type { EstimateRow } from '../results/results-schema.js';

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
 * Complementary suppression of estimates (docs/methodology.md § reporting): within each
 * disaggregation of an indicator, a single suppressed level could be solved for from the
 * overall estimate, n and weighted N and its siblings' (girls = all − boys). So where exactly
 * one level is suppressed, the next smallest level is suppressed too (or, with no other
 * level holding cases, the overall estimate), and no shown level next to a suppressed one
 * publishes its weighted N or national count.
 */
export function protectEstimates(rows: readonly EstimateRow[], indicators: readonly IndicatorContract[]): EstimateRow[] {
  const out = rows.map((r) => ({ ...r, flags: [...r.flags], notes: [...r.notes] }));
  for (const indicator of indicators) {
    const own = out.filter((r) => r.activity === indicator.activity && r.indicator === indicator.id);
    const overall = own.find((r) => r.disaggregation === null);
    const groups = new Map<string, EstimateRow[]>();
    for (const r of own) if (r.disaggregation !== null) groups.set(r.disaggregation, [...(groups.get(r.disaggregation) ?? []), r]);
    for (const levels of groups.values()) {
      const hidden = levels.filter(isSuppressed);
      if (hidden.length === 1) {
        const next = levels.filter((r) => !isSuppressed(r) && (r.n ?? 0) > 0).sort((a, b) => (a.n ?? 0) - (b.n ?? 0))[0];
        if (next) withhold(next, 'Suppressed so that a suppressed level beside it cannot be worked out from the overall figures.');
        else if (overall && !isSuppressed(overall)) withhold(overall, 'Suppressed so that the one level holding cases cannot be read from it.');
      }
      if (levels.some(isSuppressed)) {
        for (const r of levels.filter((l) => !isSuppressed(l))) Object.assign(r, { weightedN: null, nationalCount: null, nationalCountLow: null, nationalCountHigh: null });
      }
    }
  }
  return out;
}

function withhold(row: EstimateRow, why: string): void {
  Object.assign(row, WITHHELD);
  row.flags = [...row.flags.filter((f) => f !== 'low-reliability'), 'suppressed'];
  row.notes = [...row.notes.filter((n) => !n.startsWith('Less reliable')), why];
}
