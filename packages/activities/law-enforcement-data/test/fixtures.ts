import { parseAssessmentConfig, type AssessmentConfig, type RecordTable } from '@dh/core';
import { activity } from '../src/index.js';

/** An assessment of a fictional country (user-assigned code XA) running this activity with the given settings. */
export function assessment(settings: Record<string, unknown> = {}, childrenByYear = [2019, 2020, 2021]): AssessmentConfig {
  const parsed = parseAssessmentConfig(
    {
      country: 'XA',
      name: 'Examplia',
      languages: ['en', 'fr'],
      activities: { [activity.id]: { version: activity.version, settings } },
      population: { year: 2021, source: 'Synthetic', childrenByYear: childrenByYear.map((year) => ({ year, children: 2_000_000 })) },
    },
    [activity],
  );
  if (parsed.status !== 'success') throw new Error(`fixture config is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}

/** A hand-written figure as a partner's file holds it. */
export const GOOD_FIGURE: Record<string, unknown> = {
  source_type: 'police',
  organisation: 'Anti-Human Trafficking and Child Protection Unit',
  document: 'Case management extract, OCSEA cases 2021',
  retrieved: '2022-02-14',
  period: '2021',
  measure: 'cases_recorded',
  category: 'total',
  breakdown: 'total',
  value: '412',
  note: null,
};

/** Figures as validate hands them to a dataset rule: the columns it reads, empty cells null. */
export function figures(rows: readonly Record<string, string | null>[]): Map<string, RecordTable> {
  const full = rows.map((r) => ({ ...GOOD_FIGURE, ...r }));
  return new Map([['law_enforcement_figure', { file: 'law_enforcement_figure.csv', rows: full, rowNumbers: full.map((_, i) => i + 2) }]]);
}
