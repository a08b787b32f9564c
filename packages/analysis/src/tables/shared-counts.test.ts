// A count withheld in one table must not be shown in another: the interviews raising a theme
// are the row total of "themes by respondent type" and the diagonal and margins of "themes
// raised together". Played on random studies, as an attacker reading both tables would.
import { q, type BuiltActivity, type CountTableContract, type TableContract } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../disclosure/disclosure-control.js';
import type { Cell, RecordTable } from '../load/read-record-table.js';
import type { TableResult } from '../results/results-schema.js';
import { countTable, protectedCountTable } from './count-table.js';
import { protectedTables } from './compute-table.js';
import type { TableContext } from './table-context.js';

const THEMES = ['training', 'delays', 'blaming', 'platforms'] as const;
const TYPES = ['police', 'prosecutor', 'judge'] as const;

const base = {
  definition: 'D',
  activity: 'interviews',
  version: '1.0.0',
  acceptsVersions: '^1.0.0',
  recordType: 'segment',
  distinct: ['interview'],
  unit: 'interviews',
  rows: { kind: 'levels' as const, title: 'Theme', levels: THEMES.map((t) => ({ code: t, label: t, when: q('theme').eq(t) })) },
};
const byType: CountTableContract = {
  ...base,
  outputKind: 'count-table',
  id: 'themes_by_type',
  title: 'Themes by respondent type',
  columns: { kind: 'levels', title: 'Respondent type', levels: TYPES.map((t) => ({ code: t, label: t, when: q('type').eq(t) })) },
};
const together: CountTableContract = {
  ...base,
  outputKind: 'count-table',
  id: 'themes_together',
  title: 'Themes raised together',
  columns: { kind: 'same-as-rows', title: 'Theme' },
};
const contracts: TableContract[] = [byType, together];

/** A linear congruential generator: the same studies on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** One coded segment per theme an interview raised; each interview one respondent type. */
function study(seed: number): RecordTable {
  const next = random(seed);
  const rows: [string, string, string][] = [];
  const interviews = 10 + Math.floor(next() * 20);
  for (let i = 0; i < interviews; i++) {
    const type = TYPES[Math.floor(next() * TYPES.length)] ?? 'police';
    for (const theme of THEMES) if (next() < 0.45) rows.push([`I${i}`, theme, type]);
  }
  const columns = new Map<string, Cell[]>([
    ['interview', rows.map((r) => r[0])],
    ['theme', rows.map((r) => r[1])],
    ['type', rows.map((r) => r[2])],
  ]);
  return {
    recordType: 'segment',
    file: 'segment.csv',
    size: rows.length,
    columns,
    rowNumbers: [],
    absentColumns: [],
    nonNumeric: new Map(),
  };
}

const context = (table: RecordTable): TableContext => ({
  built: { recordTypes: [], links: [] } as unknown as BuiltActivity,
  tables: new Map([['segment', table]]),
  unavailable: new Map(),
  config: {} as TableContext['config'],
  thresholds: DEFAULT_THRESHOLDS,
  disclosure: { case: 'interview', description: 'Interviews.' },
});

const at = (table: TableResult | undefined, row: string, column: string) =>
  table?.cells.find((c) => c.row === row && c.column === column) ?? { value: null, flags: [] as string[] };

/** Where a theme's count of interviews appears, and whether each place shows it. */
function placesOf(byTypeTable: TableResult | undefined, togetherTable: TableResult | undefined, theme: string) {
  return [
    at(byTypeTable, theme, '_total'),
    at(togetherTable, theme, theme),
    at(togetherTable, theme, '_total'),
    at(togetherTable, '_total', theme),
  ];
}

describe('counts shared by two interview tables', () => {
  it('are withheld in every place or in none, and are equal where shown', () => {
    let leakedBefore = 0;
    let withheldSomewhere = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const ctx = context(study(seed));
      const [first, second] = protectedTables(contracts, ctx, new Map());
      for (const theme of [...THEMES, '_total']) {
        const places =
          theme === '_total' ? [at(first, '_total', '_total'), at(second, '_total', '_total')] : placesOf(first, second, theme);
        const shown = places.filter((p) => !p.flags.includes('suppressed'));
        if (shown.length < places.length) withheldSomewhere++;
        expect(shown.length === 0 || shown.length === places.length, `seed ${seed}, ${theme}`).toBe(true);
        expect(new Set(shown.map((p) => p.value)).size, `seed ${seed}, ${theme}`).toBeLessThanOrEqual(1);
      }
      // Each table protected alone, as before: the same count shown in one place and withheld in another.
      const alone = [countTable(byType, ctx), countTable(together, ctx)];
      for (const theme of THEMES) {
        const flags = placesOf(alone[0], alone[1], theme).map((p) => p.flags.includes('suppressed'));
        if (flags.includes(true) && flags.includes(false)) leakedBefore++;
      }
    }
    // The random studies do exercise the case: withholding happens, and alone the tables leaked.
    expect(withheldSomewhere).toBeGreaterThan(50);
    expect(leakedBefore).toBeGreaterThan(0);
  });
});

describe('a parent theme whose interviews are those of one child theme', () => {
  // "justice" gathers delays and blaming: in a study where no interview raised blaming, its row
  // counts the same interviews as the delays row, column by column, and is the same count.
  const PARENT_LEVELS = [
    ...THEMES.map((t) => ({ code: t, label: t, when: q('theme').eq(t) })),
    { code: 'justice', label: 'justice', when: q('theme').in('delays', 'blaming') },
  ];
  const withParent = (contract: CountTableContract): CountTableContract => ({
    ...contract,
    rows: { ...contract.rows, levels: PARENT_LEVELS } as CountTableContract['rows'],
  });
  const parentContracts: TableContract[] = [withParent(byType), withParent(together)];

  it('is withheld wherever the child theme is withheld, cell by cell', () => {
    let differentBefore = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const table = study(seed);
      // No interview raised blaming: justice is delays.
      const keep = (table.columns.get('theme') ?? []).map((theme) => theme !== 'blaming');
      const filtered: RecordTable = {
        ...table,
        size: keep.filter(Boolean).length,
        columns: new Map([...table.columns].map(([name, cells]) => [name, cells.filter((_, i) => keep[i])])),
      };
      const ctx = context(filtered);
      const [first] = protectedTables(parentContracts, ctx, new Map());
      const single = countTable(withParent(byType), ctx);
      // One round of protection, as tables were protected before.
      const alone = protectedCountTable(withParent(byType), ctx, new Set()).table;
      for (const column of [...TYPES, '_total']) {
        const child = at(first, 'delays', column);
        const parent = at(first, 'justice', column);
        expect(parent.flags.includes('suppressed'), `seed ${seed}, ${column}`).toBe(child.flags.includes('suppressed'));
        // The table computed on its own (countTable) is protected the same way.
        expect(at(single, 'justice', column).flags.includes('suppressed'), `seed ${seed}, ${column}, alone`).toBe(
          at(single, 'delays', column).flags.includes('suppressed'),
        );
        if (at(alone, 'delays', column).flags.includes('suppressed') !== at(alone, 'justice', column).flags.includes('suppressed'))
          differentBefore++;
      }
    }
    // Protected in one round, as before, the two rows withheld different cells.
    expect(differentBefore).toBeGreaterThan(0);
  });
});
