// A withheld count is worthless if it can be worked out by subtraction from the cells and
// totals that are shown. These tests play the attacker on count tables: they solve every line
// (row or column) they can, over and over, and require that nothing withheld is recovered and
// that no group of withheld cells is known to hold fewer than the threshold together.
import { describe, expect, it } from 'vitest';
import type { TableCell } from '../results/results-schema.js';
import { protectCounts, type SmallCountRules } from './small-counts.js';

const T = '_total';
const RULES: SmallCountRules = {
  policy: 'interview',
  threshold: 5,
  rowsIdentify: false,
  columnsIdentify: false,
  totalCode: T,
  unit: 'interviews',
};

/** A table with row, column and grand totals from its inner counts. */
function table(inner: readonly (readonly number[])[]): TableCell[] {
  const cell = (row: string, column: string, value: number): TableCell => ({
    row,
    column,
    value,
    text: null,
    code: null,
    flags: [],
    notes: [],
  });
  const cells: TableCell[] = [];
  inner.forEach((values, r) => {
    values.forEach((v, c) => cells.push(cell(`r${r}`, `c${c}`, v)));
    cells.push(
      cell(
        `r${r}`,
        T,
        values.reduce((a, b) => a + b, 0),
      ),
    );
  });
  const columns = inner[0]?.length ?? 0;
  for (let c = 0; c < columns; c++)
    cells.push(
      cell(
        T,
        `c${c}`,
        inner.reduce((sum, values) => sum + (values[c] ?? 0), 0),
      ),
    );
  cells.push(
    cell(
      T,
      T,
      inner.flat().reduce((a, b) => a + b, 0),
    ),
  );
  return cells;
}

const key = (c: TableCell): string => `${c.row}/${c.column}`;

/** Every line: its inner cells and its total. */
function lines(cells: readonly TableCell[]): { inner: TableCell[]; total: TableCell }[] {
  const out: { inner: TableCell[]; total: TableCell }[] = [];
  for (const total of cells.filter((c) => c.column === T))
    out.push({ total, inner: cells.filter((c) => c.row === total.row && c.column !== T) });
  for (const total of cells.filter((c) => c.row === T))
    out.push({ total, inner: cells.filter((c) => c.column === total.column && c.row !== T) });
  return out;
}

/** What an attacker learns from the published cells (counts are not negative): solved values, and the known sums of unsolved groups. */
function attack(published: readonly TableCell[]): { solved: Map<string, number>; groups: number[] } {
  const known = new Map(published.filter((c) => c.value !== null).map((c) => [key(c), c.value ?? 0]));
  for (let learnt = true; learnt;) {
    learnt = false;
    for (const { inner, total } of lines(published)) {
      const unknown = inner.filter((c) => !known.has(key(c)));
      const sum = inner.filter((c) => known.has(key(c))).reduce((s, c) => s + (known.get(key(c)) ?? 0), 0);
      const [only] = unknown;
      const rest = (known.get(key(total)) ?? 0) - sum;
      if (known.has(key(total)) && unknown.length > 0 && rest === 0) for (const c of unknown) known.set(key(c), 0);
      else if (known.has(key(total)) && unknown.length === 1 && only) known.set(key(only), rest);
      else if (!known.has(key(total)) && unknown.length === 0) known.set(key(total), sum);
      else continue;
      learnt = true;
    }
  }
  const groups = lines(published)
    .filter(({ inner, total }) => known.has(key(total)) && inner.some((c) => !known.has(key(c))))
    .map(
      ({ inner, total }) =>
        (known.get(key(total)) ?? 0) - inner.filter((c) => known.has(key(c))).reduce((s, c) => s + (known.get(key(c)) ?? 0), 0),
    );
  const withheld = new Set(published.filter((c) => c.value === null).map(key));
  // A zero that comes out identifies no one.
  return { solved: new Map([...known].filter(([k, v]) => withheld.has(k) && v !== 0)), groups };
}

function expectSafe(inner: readonly (readonly number[])[]): TableCell[] {
  const published = protectCounts(table(inner), RULES);
  const { solved, groups } = attack(published);
  expect(solved, JSON.stringify(inner)).toEqual(new Map());
  for (const g of groups) expect(g, JSON.stringify(inner)).toBeGreaterThanOrEqual(RULES.threshold);
  for (const c of published.filter((x) => x.value !== null && x.row !== T && x.column !== T))
    expect(c.value === 0 || (c.value ?? 0) >= RULES.threshold).toBe(true);
  return published;
}

describe('complementary suppression of count tables', () => {
  it('the attack recovers a lone small cell from an unprotected table', () => {
    const open = table([
      [3, 40],
      [20, 30],
    ]).map((c) => (c.row === 'r0' && c.column === 'c0' ? { ...c, value: null } : c));
    expect(attack(open).solved).toEqual(new Map([['r0/c0', 3]]));
  });

  it('hides a second cell beside a lone small one, in its row and in its column', () => {
    const published = expectSafe([
      [3, 40, 12],
      [20, 30, 9],
      [15, 8, 22],
    ]);
    expect(published.filter((c) => c.value === null).length).toBeGreaterThanOrEqual(4);
  });

  it('does not leave two small cells whose sum follows from the total', () => {
    const published = expectSafe([[1, 2, 40, 30]]);
    expect(published.filter((c) => c.value === null).map(key)).toEqual(expect.arrayContaining(['r0/c0', 'r0/c1']));
  });

  it('holds for many random tables', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 300; t++) {
      const rows = 1 + Math.floor(next() * 4);
      const columns = 2 + Math.floor(next() * 4);
      expectSafe(
        Array.from({ length: rows }, () =>
          Array.from({ length: columns }, () => (next() < 0.35 ? Math.floor(next() * 5) : Math.floor(next() * 60))),
        ),
      );
    }
  });
});
