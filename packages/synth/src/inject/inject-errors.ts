import type { BuiltActivity, SynthesisPlan } from '@dh/core';
import type { SyntheticTable } from '../output/synthetic-table.js';
import { derivedSeed, SeededRandom } from '../random.js';
import type { ErrorsManifest, InjectedError } from './injected-error.js';
import { InjectionContext } from './injection-context.js';
import { isInjectable, ROW_KINDS, type RowKind } from './row-kinds.js';
import { dropColumn, injectBrokenLink, injectDuplicateId, injectExtraColumn, reserveMissingColumn } from './structural-kinds.js';

export type { ErrorsManifest, InjectedError } from './injected-error.js';

/** Random (table, variable, row) draws tried per kind before settling for fewer than asked. */
const ATTEMPTS_PER_KIND = 5000;

function injectRowKind(ctx: InjectionContext, kind: RowKind, count: number): InjectedError[] {
  const pairs = ctx.tables.flatMap((t) =>
    t.recordType.fields.filter((f) => isInjectable(ctx, f) && !t.reservedColumns.has(f.name) && kind.applies(f, t)).map((f) => ({ t, f })),
  );
  const out: InjectedError[] = [];
  for (let attempt = 0; attempt < ATTEMPTS_PER_KIND && out.length < count && pairs.length > 0; attempt++) {
    const { t, f } = ctx.random.pick(pairs);
    if (t.table.rows.length === 0) continue;
    const row = ctx.random.int(0, t.table.rows.length - 1);
    if (t.usedRows.has(row)) continue;
    const record = ctx.record(t, row);
    const change = kind.change(ctx, t, f, record);
    if (!change) continue;
    ctx.set(t, row, f.name, change.value);
    out.push({
      code: kind.code,
      file: t.table.file,
      record: t.recordType.name,
      row: row + 2,
      field: f.name,
      value: change.value,
      original: record[f.name] ?? '',
      alsoRaises: change.alsoRaises ?? [],
      description: change.description,
    });
  }
  return out;
}

function repeatInjection(count: number, inject: () => InjectedError | undefined): InjectedError[] {
  const out: InjectedError[] = [];
  for (let i = 0; i < count; i++) {
    const error = inject();
    if (error) out.push(error);
  }
  return out;
}

function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/**
 * Puts `perKind` mistakes of each kind into the tables (in place) and lists them. Each sits
 * in its own row and touches only variables no other check reads, so a validator should
 * report exactly the issues the manifest lists. Cell mistakes come first, then appended
 * rows, then header changes, so row numbers stay those of the final files.
 */
export function injectErrors(
  built: BuiltActivity,
  plan: SynthesisPlan,
  tables: readonly SyntheticTable[],
  options: { readonly seed: number; readonly perKind: number; readonly activity?: { readonly id: string; readonly version: string } },
): { tables: readonly SyntheticTable[]; manifest: ErrorsManifest } {
  const ctx = new InjectionContext(built, plan, tables, new SeededRandom(derivedSeed(options.seed, 2)));
  // Columns to leave out are chosen first, so no cell mistake is hidden by a dropped column.
  const dropped = Array.from({ length: options.perKind }, () => reserveMissingColumn(ctx)).filter((d) => d !== undefined);
  const errors = [
    ...ROW_KINDS.flatMap((kind) => injectRowKind(ctx, kind, options.perKind)),
    ...repeatInjection(options.perKind, () => injectDuplicateId(ctx)),
    ...repeatInjection(options.perKind, () => injectBrokenLink(ctx)),
    ...dropped.map((d) => dropColumn(d.t, d.field)),
    ...repeatInjection(options.perKind, () => injectExtraColumn(ctx)),
  ];
  const manifest: ErrorsManifest = {
    ...(options.activity && { activity: options.activity }),
    seed: options.seed,
    perKind: options.perKind,
    counts: tally(errors.map((e) => e.code)),
    expectedIssues: tally(errors.flatMap((e) => [e.code, ...e.alsoRaises])),
    errors,
    note: 'Each entry is one injected mistake, on its own row; row 1 is the header. A kind with fewer entries than perKind had too few suitable rows or variables in data this small.',
  };
  return { tables, manifest };
}
