import type { EstimateRow, IndicatorResult } from '../results/results-schema.js';

type Estimator = IndicatorResult['estimator'];

// Intl.NumberFormat is costly to build: one per number of decimals, reused for every cell.
const formats = new Map<number, Intl.NumberFormat>();

function grouped(x: number, digits: number): string {
  let format = formats.get(digits);
  if (!format)
    formats.set(digits, (format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(x);
}

/** A value in the indicator's unit: percent for proportions, per 100,000 for rates. */
export function formatValue(x: number, estimator: Estimator): string {
  switch (estimator) {
    case 'proportion':
      return `${grouped(x * 100, 1)}%`;
    case 'mean':
      return grouped(x, 2);
    case 'rate-per-100000':
      return grouped(x, 1);
    case 'total':
    case 'count':
      return grouped(x, 0);
  }
}

/** The estimate as a report prints it: "*" when suppressed, "(12.3%)" when less reliable (DHS). */
export function formatEstimate(row: EstimateRow, estimator: Estimator): string {
  if (row.flags.includes('suppressed')) return '*';
  if (row.estimate === null) return '–';
  const text = formatValue(row.estimate, estimator);
  return row.flags.includes('low-reliability') ? `(${text})` : text;
}

export function formatInterval(row: EstimateRow, estimator: Estimator): string {
  if (row.ciLow === null || row.ciHigh === null) return '';
  return `${formatValue(row.ciLow, estimator)} – ${formatValue(row.ciHigh, estimator)}`;
}

export function formatCount(x: number | null, digits = 0): string {
  return x === null ? '' : grouped(x, digits);
}
