import type { AnalysisResults } from '../results/results-schema.js';
import { csvDocument } from '@dh/core';

const HEADER = [
  'country',
  'activity',
  'indicator',
  'indicator_title',
  'disaggregation',
  'level',
  'level_label',
  'estimate',
  'se',
  'ci_low',
  'ci_high',
  'ci_method',
  'confidence_level',
  'df',
  'n_unweighted',
  'n_weighted',
  'deff',
  'national_count',
  'national_count_low',
  'national_count_high',
  'suppressed',
  'low_reliability',
  'not_representative',
  'not_estimable',
  'notes',
  'contract_version',
  'instrument_version',
  'caveat',
];

/** One row per estimate; a suppressed row has its flag and empty number cells; the indicator's caveat travels with each row. */
export function resultsCsv(results: AnalysisResults): string {
  const indicators = new Map(results.indicators.map((i) => [`${i.activity}\u0000${i.id}`, i]));
  const pinned = new Map(results.activities.map((a) => [a.id, a.pinnedVersion ?? a.packageVersion]));
  const rows = results.estimates.map((e) => {
    const indicator = indicators.get(`${e.activity}\u0000${e.indicator}`);
    return [
      results.assessment.country,
      e.activity,
      e.indicator,
      indicator?.title ?? '',
      e.disaggregation ?? 'all',
      e.level ?? 'all',
      e.levelLabel,
      e.estimate,
      e.se,
      e.ciLow,
      e.ciHigh,
      e.ciMethod,
      results.estimation.confidenceLevel,
      e.df,
      e.n,
      e.weightedN,
      e.deff,
      e.nationalCount,
      e.nationalCountLow,
      e.nationalCountHigh,
      e.flags.includes('suppressed'),
      e.flags.includes('low-reliability'),
      e.flags.includes('not-representative'),
      e.flags.includes('not-estimable'),
      e.notes.join(' '),
      indicator?.version ?? '',
      pinned.get(e.activity) ?? '',
      indicator?.caveat ?? '',
    ];
  });
  return csvDocument(HEADER, rows);
}
