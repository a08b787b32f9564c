import type { DisclosurePolicy } from '@dh/core';
import type { TableCell } from '../results/results-schema.js';

export interface SmallCountRules {
  readonly policy: DisclosurePolicy['case'];
  /** Counts from 1 to threshold − 1 are withheld (a count of 0 identifies no one). */
  readonly threshold: number;
  /** For reported counts: whether the rows, or the columns, break the counts down by something that could identify a child. */
  readonly rowsIdentify: boolean;
  readonly columnsIdentify: boolean;
  readonly totalCode: string;
  readonly unit: string;
}

/**
 * Withholds small counts and then enough others that none can be recovered by subtracting
 * from a shown total (complementary suppression, docs/methodology.md § reporting): a line
 * (row or column) whose total is shown never has exactly one withheld cell. Counts of
 * interviews and respondents are all candidates, totals included; counts a source reported
 * are candidates only where a breakdown could identify a child, and their totals stay shown.
 */
export function protectCounts(cells: readonly TableCell[], rules: SmallCountRules): TableCell[] {
  if (rules.policy === 'document') return [...cells];
  const out = cells.map((c) => ({ ...c, flags: [...c.flags], notes: [...c.notes] }));
  const isTotal = (c: TableCell): boolean => c.row === rules.totalCode || c.column === rules.totalCode;
  const reported = rules.policy === 'reported-count';
  const candidate = (c: TableCell): boolean => {
    if (!reported) return true;
    if (isTotal(c)) return false;
    return rules.rowsIdentify || rules.columnsIdentify;
  };
  const withheld = new Set<TableCell>();
  const withhold = (c: TableCell, why: string): void => {
    if (withheld.has(c)) return;
    withheld.add(c);
    c.flags.push('suppressed');
    c.notes.push(why);
  };
  for (const c of out) {
    if (candidate(c) && c.value !== null && c.value > 0 && c.value < rules.threshold) withhold(c, `Suppressed: counts of ${rules.unit} under ${rules.threshold} are not published.`);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of linesOf(out, rules.totalCode)) {
      // Only a shown total lets a withheld count be worked out by subtraction.
      if (line.total === undefined || withheld.has(line.total)) continue;
      const hidden = line.inner.filter((c) => withheld.has(c));
      if (hidden.length !== 1) continue;
      const next = line.inner.filter((c) => !withheld.has(c) && candidate(c)).sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0];
      if (next) withhold(next, 'Suppressed so that a withheld count cannot be worked out from the total.');
      else if (!reported) withhold(line.total, 'Suppressed so that a withheld count cannot be worked out from it.');
      else continue;
      changed = true;
    }
  }
  for (const c of withheld) c.value = null;
  return out;
}

interface Line {
  readonly inner: readonly TableCell[];
  readonly total: TableCell | undefined;
}

/** Every row and every column: its cells, and the cell holding its total. */
function linesOf(cells: readonly TableCell[], totalCode: string): Line[] {
  const rows = new Map<string, TableCell[]>();
  const columns = new Map<string, TableCell[]>();
  const rowTotals = new Map<string, TableCell>();
  const columnTotals = new Map<string, TableCell>();
  for (const c of cells) {
    if (c.column === totalCode) rowTotals.set(c.row, c);
    else rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
    if (c.row === totalCode) columnTotals.set(c.column, c);
    else columns.set(c.column, [...(columns.get(c.column) ?? []), c]);
  }
  return [
    ...[...rows].map(([row, inner]) => ({ inner, total: rowTotals.get(row) })),
    ...[...columns].map(([column, inner]) => ({ inner, total: columnTotals.get(column) })),
  ];
}
