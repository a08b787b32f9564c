import { answerText, type AssessmentConfig, type TimeSeriesContract } from '@dh/core';
import { masksOf } from '../indicators/expression-masks.js';
import { columnOf } from '../load/read-record-table.js';
import type { TableAxisEntry, TableCell, TableResult } from '../results/results-schema.js';
import { sourcesOf } from './sources.js';
import { notComputed, tableShell, type TableContext } from './table-context.js';

/** The year of an ISO period: `2021`, `2021-Q3`, `2021-07` all fall in 2021. */
export function periodYear(period: string): string | undefined {
  const match = /^(\d{4})(?:-(?:Q[1-4]|0[1-9]|1[0-2]))?$/.exec(period.trim());
  return match?.[1];
}

/** Children under 18 in a year, from assessment.json (`population.childrenByYear`, or `children` of its reference year). */
export function childrenIn(config: AssessmentConfig, year: number): number | undefined {
  const population = config.population;
  if (!population) return undefined;
  return population.childrenByYear?.find((p) => p.year === year)?.children ?? (population.year === year ? population.children : undefined);
}

interface YearValue {
  sum: number;
  available: number;
  notAvailable: number;
}

/**
 * A reported measure per year: each series sums its records' values per year ("not
 * available" is never taken for zero), then, where the contract asks, the rate per 100,000
 * children of that year, the change on the previous year, and ratios between series.
 * Source totals are published figures: nothing here is withheld (breakdowns that could
 * identify a child are count tables, protected there).
 */
export function timeSeries(contract: TimeSeriesContract, ctx: TableContext): TableResult {
  const table = ctx.tables.get(contract.recordType);
  if (!table) return notComputed(contract, ctx.unavailable.get(contract.recordType) ?? `no ${contract.recordType} records were read.`);
  const periods = columnOf(table, contract.periodField);
  const values = columnOf(table, contract.valueField);
  const universe = contract.universe ? masksOf(table).mask(contract.universe) : undefined;
  const years = new Set<string>();
  const bySeries = new Map<string, Map<string, YearValue>>();
  const read = new Uint8Array(table.size);
  for (const series of contract.series) {
    const mask = masksOf(table).mask(series.when);
    const perYear = new Map<string, YearValue>();
    for (let i = 0; i < table.size; i++) {
      if (!mask[i] || (universe && !universe[i])) continue;
      const year = periodYear(answerText(periods[i]));
      if (year === undefined) continue;
      read[i] = 1;
      years.add(year);
      const entry = perYear.get(year) ?? { sum: 0, available: 0, notAvailable: 0 };
      const text = answerText(values[i]).trim();
      if (text === contract.notAvailable) entry.notAvailable++;
      else if (/^\d+$/.test(text)) {
        entry.sum += Number(text);
        entry.available++;
      }
      perYear.set(year, entry);
    }
    bySeries.set(series.id, perYear);
  }
  const sortedYears = [...years].sort();
  const columns: TableAxisEntry[] = sortedYears.map((y) => ({ code: y, label: y, kind: 'category' }));
  const rows: TableAxisEntry[] = [];
  const cells: TableCell[] = [];
  const countOf = (seriesId: string, year: string): number | null => {
    const v = bySeries.get(seriesId)?.get(year);
    return v && v.available > 0 ? v.sum : null;
  };
  for (const series of contract.series) {
    rows.push({ code: series.id, label: `${series.label} (${series.unit})`, kind: 'count' });
    for (const year of sortedYears) {
      const v = bySeries.get(series.id)?.get(year);
      const notes = !v
        ? ['Not reported.']
        : v.available === 0
          ? ['Not available from the source.']
          : v.notAvailable > 0
            ? [`${v.notAvailable} of ${v.available + v.notAvailable} values not available: the sum is of those reported.`]
            : [];
      cells.push({ row: series.id, column: year, value: countOf(series.id, year), text: null, code: null, flags: [], notes });
    }
    if (contract.ratePer100000Children) {
      const id = `${series.id}_per_100000`;
      rows.push({ code: id, label: `${series.label}, per 100,000 children`, kind: 'rate' });
      for (const year of sortedYears) {
        const count = countOf(series.id, year);
        const children = childrenIn(ctx.config, Number(year));
        const value = count === null || children === undefined ? null : (count / children) * 100_000;
        cells.push({
          row: id,
          column: year,
          value,
          text: null,
          code: null,
          flags: [],
          notes:
            children === undefined
              ? [`No population figure for ${year} (assessment.json population.childrenByYear).`]
              : [`Base: ${children.toLocaleString('en')} children under 18 in ${year}.`],
        });
      }
    }
    const changeId = `${series.id}_change`;
    rows.push({ code: changeId, label: `${series.label}, change on the previous year (%)`, kind: 'change' });
    sortedYears.forEach((year, k) => {
      // On the calendar year before, never on an earlier year where one is missing.
      const previous = String(Number(year) - 1);
      const before = countOf(series.id, previous);
      const now = countOf(series.id, year);
      const value = before === null || now === null || before === 0 ? null : ((now - before) / before) * 100;
      const notes = k === 0 ? ['First year shown.'] : before === null ? [`No figure for ${previous}.`] : [];
      cells.push({ row: changeId, column: year, value, text: null, code: null, flags: [], notes });
    });
  }
  for (const ratio of contract.ratios ?? []) {
    rows.push({ code: ratio.id, label: ratio.label, kind: 'ratio' });
    for (const year of sortedYears) {
      const [top, bottom] = [countOf(ratio.numerator, year), countOf(ratio.denominator, year)];
      cells.push({
        row: ratio.id,
        column: year,
        value: top === null || bottom === null || bottom === 0 ? null : top / bottom,
        text: null,
        code: null,
        flags: [],
        notes: [],
      });
    }
  }
  return {
    ...tableShell(contract),
    unit: null,
    rowsTitle: 'Measure',
    columnsTitle: 'Year',
    rows,
    columns,
    cells,
    sources: sourcesOf(table, contract.sourceFields, (i) => read[i] === 1),
    status: 'computed',
    reason: null,
  };
}
