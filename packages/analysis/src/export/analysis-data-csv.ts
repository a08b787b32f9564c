import { csvDocument } from '@dh/core';
import type { AnalysisData } from './analysis-data.js';
import type { DomainColumns } from './domain-columns.js';

/** The column the indicator's y is written to. */
export const yColumn = (data: AnalysisData): string => (data.indicator.value === undefined ? 'numerator' : 'value');

/**
 * The tidy analysis CSV of one indicator: design (weighted), domain columns, in_universe and
 * the numerator (0/1) or value after missing treatment. Rows outside the universe keep
 * their design, because domain estimates use the full design.
 */
export function analysisDataCsv(data: AnalysisData, domains: readonly DomainColumns[]): string {
  const design = data.design;
  const header = [
    ...(design ? ['stratum', 'psu', 'weight'] : []),
    ...domains.flatMap((d) => d.columns.map((c) => c.name)),
    'in_universe',
    yColumn(data),
  ];
  const rows = Array.from({ length: data.universe.length }, (_, i) => {
    const inUniverse = data.universe[i] ? 1 : 0;
    const y = data.y[i] ?? Number.NaN;
    return [
      ...(design ? [design.strata[i] ?? '', design.psu[i] ?? '', design.weights[i] ?? Number.NaN] : []),
      ...domains.flatMap((d) => d.columns.map((c) => c.cell(i))),
      inUniverse,
      inUniverse ? y : null,
    ];
  });
  return csvDocument(header, rows);
}
