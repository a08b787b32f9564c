import { answerText, referencedNames, type CountTableContract, type SameAsRows, type TableDimension } from '@dh/core';
import { masksOf } from '../indicators/expression-masks.js';
import { columnOf, type RecordTable } from '../load/read-record-table.js';
import type { TableAxisEntry, TableCell, TableResult } from '../results/results-schema.js';
import { childrenOfAgeIn } from './population.js';
import { sourcesOf } from './sources.js';
import { protectCounts } from './small-counts.js';
import { linkedValues, notComputed, tableShell, type TableContext } from './table-context.js';

interface Axis {
  readonly title: string;
  readonly entries: readonly TableAxisEntry[];
  /** The categories of each row (several for a select_multiple, none where empty). */
  readonly of: (row: number) => readonly string[];
}

const TOTAL = '_total';
const COUNT = '_count';

/**
 * Counts of records, of distinct units (an interview raising a theme twice counts once) or
 * sums of a reported value, by one or two axes, with totals; small counts withheld as the
 * activity's disclosure policy says (see small-counts.ts).
 */
export function countTable(contract: CountTableContract, ctx: TableContext): TableResult {
  // Cells of one table may count the same units (a parent theme and its one child theme).
  return countTablesProtectedTogether([contract], ctx)[0] as TableResult;
}

/**
 * Count tables protected together: each round protects every table with the counts any table
 * withheld before, until no round withholds anything new (a count shown in one place and
 * withheld in another would give it away). Keys only grow and each is a cell, so this ends.
 */
export function countTablesProtectedTogether(contracts: readonly CountTableContract[], ctx: TableContext): TableResult[] {
  let withheld = new Set<string>();
  for (;;) {
    const round = contracts.map((contract) => protectedCountTable(contract, ctx, withheld));
    const all = new Set([...withheld, ...round.flatMap((r) => [...r.withheld])]);
    if (all.size === withheld.size) return round.map((r) => r.table);
    withheld = all;
  }
}

/**
 * A count table, and the counts it withheld that other cells may show too. A count of units
 * by row category alone (a theme's row total; in a co-occurrence table its diagonal and
 * margins) is the same number wherever those units and that category are counted: its
 * `quantity` key says so, and a count withheld under one key must be withheld under every
 * other cell of that key (`withheldElsewhere`), or the other cell gives it away.
 */
export function protectedCountTable(
  contract: CountTableContract,
  ctx: TableContext,
  withheldElsewhere: ReadonlySet<string>,
): { readonly table: TableResult; readonly withheld: ReadonlySet<string> } {
  const { table, keysOf } = countTableCells(contract, ctx, withheldElsewhere);
  const withheld = new Set<string>();
  if (table.status === 'computed')
    for (const cell of table.cells) if (cell.flags.includes('suppressed')) for (const key of keysOf(cell)) withheld.add(key);
  return { table, withheld };
}

/** A table's cells, and the keys under which each cell's count is the same number elsewhere. */
interface CountedCells {
  readonly table: TableResult;
  readonly keysOf: (cell: { readonly row: string; readonly column: string }) => string[];
}

/**
 * The counts of an age breakdown as rates per 100,000 children of each band's ages in the
 * column's year. The counts were protected first, so a count withheld is a rate withheld (a
 * rate times its stated base would give the count back); totals and bands without ages are left
 * out.
 */
function ageRates(
  contract: CountTableContract,
  ages: NonNullable<CountTableContract['ratePer100000ChildrenOfAge']>,
  ctx: TableContext,
  titles: { readonly rows: string; readonly columns: string },
  rowEntries: readonly TableAxisEntry[],
  columnEntries: readonly TableAxisEntry[],
  counts: readonly TableCell[],
  counted: Uint8Array,
  table: RecordTable,
): TableResult {
  const rows = rowEntries.filter((r) => ages[r.code] !== undefined).map((r) => ({ ...r, kind: 'rate' as const }));
  const columns = columnEntries.filter((c) => c.code !== TOTAL);
  const cells = counts
    .filter((c) => ages[c.row] !== undefined && c.column !== TOTAL)
    .map((c): TableCell => {
      const band = ages[c.row] ?? { from: 0, to: 0 };
      if (c.flags.includes('suppressed') || c.value === null) return c;
      // Populations are by calendar year: a quarter's or a month's figure gets no rate.
      if (!/^\d{4}$/.test(c.column))
        return { ...c, value: null, notes: [...c.notes, `No rate for ${c.column}: rates by age are per calendar year.`] };
      const children = childrenOfAgeIn(ctx.config, Number(c.column), band.from, band.to);
      if (children === undefined || children === 0)
        return {
          ...c,
          value: null,
          notes: [
            ...c.notes,
            `No population of ages ${band.from}–${band.to} for ${c.column} (assessment.json population.childrenByYear[].byAge).`,
          ],
        };
      return {
        ...c,
        value: (c.value / children) * 100_000,
        notes: [...c.notes, `Base: ${children.toLocaleString('en')} children aged ${band.from}–${band.to} in ${c.column}.`],
      };
    });
  return {
    ...tableShell(contract),
    unit: `${contract.unit} per 100,000 children of the same age`,
    rowsTitle: titles.rows,
    columnsTitle: titles.columns,
    rows,
    columns,
    cells,
    sources: contract.sourceFields ? sourcesOf(table, contract.sourceFields, (i) => counted[i] === 1) : [],
    status: 'computed',
    reason: null,
  };
}

/** The key of a count of units by row category alone, shared by every table counting the same units. */
function quantityOf(contract: CountTableContract, cell: { readonly row: string; readonly column: string }): string | undefined {
  // Reported figures are sums a source published, not counts of people: no such sharing.
  if (contract.sum !== undefined) return undefined;
  const coOccurrence = contract.columns?.kind === 'same-as-rows';
  const category =
    cell.column === TOTAL || (coOccurrence && cell.column === cell.row)
      ? cell.row
      : coOccurrence && cell.row === TOTAL
        ? cell.column
        : undefined;
  if (category === undefined) return undefined;
  const counted = {
    recordType: contract.recordType,
    universe: contract.universe ?? null,
    distinct: contract.distinct ?? [],
    rows: contract.rows,
  };
  return `${JSON.stringify(counted)}\u0000${category}`;
}

function countTableCells(contract: CountTableContract, ctx: TableContext, withheldElsewhere: ReadonlySet<string>): CountedCells {
  const notCounted = (reason: string): CountedCells => ({ table: notComputed(contract, reason), keysOf: () => [] });
  const table = ctx.tables.get(contract.recordType);
  if (!table) return notCounted(ctx.unavailable.get(contract.recordType) ?? `no ${contract.recordType} records were read.`);
  const rows = axisOf(contract.rows, table, ctx);
  if (typeof rows === 'string') return notCounted(rows);
  const sameAsRows = contract.columns?.kind === 'same-as-rows';
  const columns =
    contract.columns === undefined
      ? countColumn(contract.unit)
      : sameAsRows
        ? { ...rows, title: contract.columns.title }
        : axisOf(contract.columns, table, ctx);
  if (typeof columns === 'string') return notCounted(columns);
  const universe = contract.universe ? masksOf(table).mask(contract.universe) : undefined;
  const unitOf = unitKeys(table, contract.distinct);
  const amounts = contract.sum !== undefined ? columnOf(table, contract.sum) : undefined;
  const counter = new Counter(amounts);
  const codesOfUnit = new Map<string, Set<string>>();
  const counted = new Uint8Array(table.size);
  for (let i = 0; i < table.size; i++) {
    if (universe && !universe[i]) continue;
    const unit = unitOf(i);
    const rowCodes = rows.of(i);
    if (rowCodes.length > 0) counted[i] = 1;
    if (sameAsRows) {
      // Co-occurrence: a unit counts in (a, b) when any of its records have a and any have b.
      let codes = codesOfUnit.get(unit);
      if (!codes) codesOfUnit.set(unit, (codes = new Set()));
      for (const r of rowCodes) codes.add(r);
      continue;
    }
    // A record in no category of the rows (an unanswered theme) is in no total either.
    if (rowCodes.length === 0) continue;
    const columnCodes = columns.of(i);
    for (const r of rowCodes) {
      counter.add(r, TOTAL, unit, i);
      for (const c of columnCodes) counter.add(r, c, unit, i);
    }
    for (const c of columnCodes) counter.add(TOTAL, c, unit, i);
    counter.add(TOTAL, TOTAL, unit, i);
  }
  for (const [unit, codes] of codesOfUnit) {
    if (codes.size > 0) counter.add(TOTAL, TOTAL, unit, -1);
    for (const a of codes) {
      counter.add(a, TOTAL, unit, -1);
      counter.add(TOTAL, a, unit, -1);
      for (const b of codes) counter.add(a, b, unit, -1);
    }
  }
  const rowEntries = [...rows.entries, { code: TOTAL, label: 'Total', kind: 'total' as const }];
  const columnEntries =
    contract.columns === undefined ? columns.entries : [...columns.entries, { code: TOTAL, label: 'Total', kind: 'total' as const }];
  const cells: TableCell[] = [];
  for (const r of rowEntries) {
    for (const c of columnEntries) {
      const column = contract.columns === undefined ? TOTAL : c.code;
      cells.push({
        row: r.code,
        column: c.code,
        value: counter.value(r.code, column),
        text: null,
        code: null,
        flags: [],
        notes: counter.notes(r.code, column),
      });
    }
  }
  // A count is the same number wherever the same units are counted: under its category (a theme's
  // row total, a co-occurrence diagonal) and under the very set of units (a parent theme's cell
  // where one child theme holds all its interviews, in this table or another).
  const counterColumn = (column: string) => (contract.columns === undefined ? TOTAL : column);
  const keysOf = (cell: { readonly row: string; readonly column: string }): string[] => {
    const units = counter.unitSet(cell.row, counterColumn(cell.column));
    const byUnits =
      units === undefined ? undefined : `units\u0000${contract.recordType}\u0000${(contract.distinct ?? []).join(',')}\u0000${units}`;
    return [quantityOf(contract, cell), byUnits].filter((key): key is string => key !== undefined);
  };
  const identifying = ctx.disclosure.case === 'reported-count' ? ctx.disclosure.identifying : [];
  const protectedCells = protectCounts(cells, {
    policy: ctx.disclosure.case,
    threshold: ctx.thresholds.qualitativeSuppressBelow,
    rowsIdentify: dimensionIdentifies(contract.rows, identifying),
    columnsIdentify: contract.columns !== undefined && dimensionIdentifies(sameAsRows ? contract.rows : contract.columns, identifying),
    totalCode: TOTAL,
    unit: contract.unit,
    shownElsewhere: (cell) => keysOf(cell).some((key) => withheldElsewhere.has(key)),
  });
  const ages = contract.ratePer100000ChildrenOfAge;
  if (ages)
    return {
      table: ageRates(
        contract,
        ages,
        ctx,
        { rows: rows.title, columns: columns.title },
        rowEntries,
        columnEntries,
        protectedCells,
        counted,
        table,
      ),
      keysOf,
    };
  const result: TableResult = {
    ...tableShell(contract),
    unit: contract.unit,
    rowsTitle: rows.title,
    columnsTitle: columns.title,
    rows: [...rowEntries],
    columns: [...columnEntries],
    cells: protectedCells,
    sources: contract.sourceFields ? sourcesOf(table, contract.sourceFields, (i) => counted[i] === 1) : [],
    status: 'computed',
    reason: null,
  };
  return { table: result, keysOf };
}

/** Counts per cell: distinct units, or sums of a reported amount ("not available" never taken for zero). */
class Counter {
  private readonly units = new Map<string, Set<string>>();
  private readonly sums = new Map<string, { sum: number; available: number; notAvailable: number }>();
  constructor(private readonly amounts: readonly unknown[] | undefined) {}

  add(row: string, column: string, unit: string, index: number): void {
    const key = `${row}\u0000${column}`;
    if (this.amounts) {
      // A reported figure may be text ("not_available" beside whole numbers): only numbers add up.
      const text = answerText(this.amounts[index]).trim();
      const entry = this.sums.get(key) ?? { sum: 0, available: 0, notAvailable: 0 };
      if (/^\d+(\.\d+)?$/.test(text)) {
        entry.sum += Number(text);
        entry.available++;
      } else if (text !== '') entry.notAvailable++;
      this.sums.set(key, entry);
      return;
    }
    let set = this.units.get(key);
    if (!set) this.units.set(key, (set = new Set()));
    set.add(unit);
  }

  /** The units a count holds, in one text (sorted), or undefined for sums and empty cells: a zero reveals no one. */
  unitSet(row: string, column: string): string | undefined {
    if (this.amounts) return undefined;
    const units = this.units.get(`${row}\u0000${column}`);
    return units === undefined || units.size === 0 ? undefined : [...units].sort().join('\u0002');
  }

  /** A count, or for sums null where no figure was given (a part not reported is not a zero). */
  value(row: string, column: string): number | null {
    const key = `${row}\u0000${column}`;
    if (!this.amounts) return this.units.get(key)?.size ?? 0;
    const entry = this.sums.get(key);
    return entry && entry.available > 0 ? entry.sum : null;
  }

  notes(row: string, column: string): string[] {
    if (!this.amounts) return [];
    const entry = this.sums.get(`${row}\u0000${column}`);
    if (!entry) return ['Not reported.'];
    if (entry.available === 0) return ['Not available from the source.'];
    if (entry.notAvailable > 0)
      return [`${entry.notAvailable} of ${entry.available + entry.notAvailable} values not available: the sum is of those reported.`];
    return [];
  }
}

/** The unit each row counts as: its distinct key, or itself. */
function unitKeys(table: RecordTable, distinct: readonly string[] | undefined): (i: number) => string {
  if (!distinct || distinct.length === 0) return (i) => String(i);
  const columns = distinct.map((f) => columnOf(table, f));
  return (i) => {
    const parts = columns.map((c) => answerText(c[i]));
    // A row without its unit's id is its own unit, never merged with other unlabelled rows.
    return parts.some((p) => p === '') ? `\u0001${i}` : parts.join('\u001f');
  };
}

function countColumn(unit: string): Axis {
  return { title: '', entries: [{ code: COUNT, label: unit.charAt(0).toUpperCase() + unit.slice(1), kind: 'count' }], of: () => [COUNT] };
}

function axisOf(dimension: TableDimension, table: RecordTable, ctx: TableContext): Axis | string {
  if (dimension.kind === 'levels') {
    const masks = dimension.levels.map((level) => masksOf(table).mask(level.when));
    return {
      title: dimension.title,
      entries: dimension.levels.map((l) => ({ code: l.code, label: l.label, kind: 'category' })),
      of: (i) => dimension.levels.flatMap((l, k) => (masks[k]?.[i] ? [l.code] : [])),
    };
  }
  const owner = dimension.from ?? table.recordType;
  const recordType = ctx.built.recordTypes.find((r) => r.name === owner);
  const field = recordType?.fields.find((f) => f.name === dimension.field);
  if (!field) return `${owner} has no field ${dimension.field}.`;
  const values =
    dimension.from === undefined ? columnOf(table, dimension.field) : linkedValues(ctx, table, dimension.from, dimension.field);
  if (typeof values === 'string') return values;
  // A coded field's categories are its list; any other field's are the values found (years), in order.
  const entries = field.codes
    ? field.codes.filter((c) => c.missing === undefined).map((c) => ({ code: c.code, label: c.label.en, kind: 'category' as const }))
    : [...new Set(values.map((v) => answerText(v)).filter((v) => v !== ''))]
        .sort()
        .map((v) => ({ code: v, label: v, kind: 'category' as const }));
  const known = new Set(entries.map((e) => e.code));
  const split = field.valueType === 'codes';
  return {
    title: dimension.title,
    entries,
    of: (i) => (split ? answerText(values[i]).split(' ') : [answerText(values[i])]).filter((code) => code !== '' && known.has(code)),
  };
}

/** Whether an axis breaks counts down by something that could identify a child (a field the policy names, or levels reading one). */
function dimensionIdentifies(dimension: TableDimension | SameAsRows, identifying: readonly string[]): boolean {
  if (dimension.kind === 'field') return identifying.includes(dimension.field);
  if (dimension.kind === 'levels') return dimension.levels.some((l) => referencedNames(l.when).some((n) => identifying.includes(n)));
  return false;
}
