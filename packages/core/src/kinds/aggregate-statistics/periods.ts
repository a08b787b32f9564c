/**
 * Periods of reported figures, written in ISO form (docs/methodology.md § law-enforcement-data
 * and helpline-hotline-industry-data): a year `2021`, a quarter `2021-Q3` or a month `2021-07`.
 */

/** The whole value: a year, a quarter of a year, or a month of a year. */
export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** How often figures are asked for. */
export type Periodicity = 'year' | 'quarter' | 'month';

/** A period read: its year and the months (1–12) it covers. */
export interface Period {
  readonly text: string;
  readonly year: number;
  readonly kind: Periodicity;
  readonly months: readonly number[];
}

/** A period's year and months, or undefined where the text is not an ISO period. */
export function parsePeriod(text: string): Period | undefined {
  const trimmed = text.trim();
  if (!PERIOD_PATTERN.test(trimmed)) return undefined;
  const year = Number(trimmed.slice(0, 4));
  const rest = trimmed.slice(5);
  if (rest === '') return { text: trimmed, year, kind: 'year', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] };
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return { text: trimmed, year, kind: 'quarter', months: [3 * q - 2, 3 * q - 1, 3 * q] };
  }
  return { text: trimmed, year, kind: 'month', months: [Number(rest)] };
}

/** The same period one year earlier (`2021-Q3` → `2020-Q3`): what "year on year" compares. */
export function periodYearBefore(period: Period): string {
  return `${period.year - 1}${period.text.slice(4)}`;
}

/** Every period of the years `from`–`to`, in order, at the given periodicity: the request's columns. */
export function periodsOfYears(years: { readonly from: number; readonly to: number }, periodicity: Periodicity = 'year'): string[] {
  const out: string[] = [];
  for (let year = years.from; year <= years.to; year++) {
    if (periodicity === 'year') out.push(String(year));
    else if (periodicity === 'quarter') for (let q = 1; q <= 4; q++) out.push(`${year}-Q${q}`);
    else for (let m = 1; m <= 12; m++) out.push(`${year}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

/** Periods of one kind per year: 1, 4 or 12. */
export function periodsPerYear(periodicity: Periodicity): number {
  return periodicity === 'year' ? 1 : periodicity === 'quarter' ? 4 : 12;
}
