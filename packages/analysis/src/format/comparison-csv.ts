import type { Comparison } from '../compare/comparison-schema.js';
import { csvDocument } from '@dh/core';

/** One row per indicator level and country: the number where comparable, the reason where not. */
export function comparisonCsv(comparison: Comparison): string {
  const header = [
    'activity',
    'indicator',
    'title',
    'disaggregation',
    'level',
    'level_label',
    'country',
    'comparable',
    'estimate',
    'ci_low',
    'ci_high',
    'n',
    'suppressed',
    'low_reliability',
    'not_representative',
    'reason',
    'instrument_version',
    'harmonised',
  ];
  const versionOf = (country: string, activity: string): string | null =>
    comparison.countries.find((c) => c.country === country)?.activities.find((a) => a.id === activity)?.instrumentVersion ?? null;
  const rows = comparison.rows.flatMap((row) =>
    row.cells.map((cell) => [
      row.activity,
      row.indicator,
      row.title,
      row.disaggregation ?? 'all',
      row.level ?? 'all',
      row.levelLabel,
      cell.country,
      cell.comparable,
      cell.estimate,
      cell.ciLow,
      cell.ciHigh,
      cell.n,
      cell.flags.includes('suppressed'),
      cell.flags.includes('low-reliability'),
      cell.flags.includes('not-representative'),
      cell.reason,
      versionOf(cell.country, row.activity),
      cell.harmonised ?? null,
    ]),
  );
  const matrices = comparison.matrices.flatMap((m) =>
    m.cells.map((cell) => [
      m.activity,
      m.table,
      m.title,
      'item',
      cell.item,
      m.items.find((i) => i.code === cell.item)?.label ?? cell.item,
      cell.country,
      cell.comparable,
      null,
      null,
      null,
      null,
      false,
      false,
      false,
      cell.reason ?? (cell.text === null ? null : `${cell.status ?? ''}: ${cell.text}${cell.detail ? ` (${cell.detail})` : ''}`),
      cell.version,
      null,
    ]),
  );
  return csvDocument(header, [...rows, ...matrices]);
}
