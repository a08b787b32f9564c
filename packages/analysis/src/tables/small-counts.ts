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
  /**
   * Cells that show a count withheld elsewhere (the same interviews counted in another table,
   * or twice in this one): withheld from the start, so the other place cannot give them away.
   */
  readonly shownElsewhere?: (cell: TableCell) => boolean;
}

/**
 * Withholds small counts and then enough others that none can be recovered by subtraction
 * (complementary suppression, docs/methodology.md § reporting). The result is audited the way
 * an attacker would work: every row and column whose total is known gives away a cell it
 * lacks alone, and a total whose cells are all known follows from them, repeatedly. While
 * that recovers a withheld count, or leaves withheld cells known to hold fewer than the
 * threshold together, the smallest shown count of the line at fault is withheld as well.
 * Counts of interviews and respondents are all candidates, totals included; counts a source
 * reported are candidates only where a breakdown could identify a child, and their totals
 * stay shown.
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
    withheld.add(c);
    c.flags.push('suppressed');
    c.notes.push(why);
  };
  for (const c of out) {
    if (candidate(c) && c.value !== null && c.value > 0 && c.value < rules.threshold)
      withhold(c, `Suppressed: counts of ${rules.unit} under ${rules.threshold} are not published.`);
    else if (candidate(c) && rules.shownElsewhere?.(c))
      withhold(c, 'Suppressed because the same count is withheld where it appears again, in this table or another.');
  }
  const lines = linesOf(out, rules.totalCode);
  const smallest = (pool: readonly TableCell[]): TableCell | undefined =>
    pool.filter((c) => !withheld.has(c) && candidate(c)).sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0];
  for (
    let breach = auditLines(lines, withheld, rules.threshold);
    breach !== undefined;
    breach = auditLines(lines, withheld, rules.threshold)
  ) {
    const atFault = [...breach.inner, ...(breach.total ? [breach.total] : [])];
    // The line at fault first; where all of it is withheld already, the lines crossing it.
    const crossing = lines
      .filter((l) => l !== breach && [...l.inner, ...(l.total ? [l.total] : [])].some((c) => atFault.includes(c)))
      .flatMap((l) => [...l.inner, ...(l.total ? [l.total] : [])]);
    const next = smallest(atFault) ?? smallest(crossing) ?? smallest(out);
    if (next === undefined) break; // A source's reported totals stay shown: nothing else may be withheld.
    withhold(next, 'Suppressed so that a withheld count cannot be worked out from the counts shown.');
  }
  for (const c of withheld) c.value = null;
  return out;
}

/**
 * The first line an attacker could exploit: one through which a withheld count is worked
 * out, or whose known total leaves its unknown cells holding between 1 and threshold − 1.
 * A withheld zero that comes out is no breach (a zero identifies no one), but what it
 * then gives away is followed.
 */
function auditLines(lines: readonly Line[], withheld: ReadonlySet<TableCell>, threshold: number): Line | undefined {
  const known = new Map<TableCell, number>();
  for (const line of lines)
    for (const c of [...line.inner, ...(line.total ? [line.total] : [])]) if (!withheld.has(c)) known.set(c, c.value ?? 0);
  const knownSum = (cells: readonly TableCell[]): number => cells.reduce((sum, c) => sum + (known.get(c) ?? 0), 0);
  for (let learnt = true; learnt;) {
    learnt = false;
    for (const line of lines) {
      if (line.total === undefined) continue;
      const unknown = line.inner.filter((c) => !known.has(c));
      const [only] = unknown;
      const rest = known.has(line.total) ? (known.get(line.total) ?? 0) - knownSum(line.inner) : undefined;
      if (rest === 0 && unknown.length > 0) {
        // Counts are not negative: a line whose known cells make its total holds zeros elsewhere.
        for (const c of unknown) known.set(c, 0);
      } else if (rest !== undefined && unknown.length === 1 && only) {
        if (withheld.has(only)) return line;
        known.set(only, rest);
      } else if (!known.has(line.total) && unknown.length === 0) {
        if (withheld.has(line.total)) return line;
        known.set(line.total, knownSum(line.inner));
      } else continue;
      learnt = true;
    }
  }
  return lines.find((line) => {
    if (line.total === undefined || !known.has(line.total) || line.inner.every((c) => known.has(c))) return false;
    const together = (known.get(line.total) ?? 0) - knownSum(line.inner.filter((c) => known.has(c)));
    return together > 0 && together < threshold;
  });
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
