import type { RecordLink } from '@dh/core';
import type { InjectedError } from './injected-error.js';
import type { InjectionContext, InjectionTable } from './injection-context.js';
import { isInjectable } from './row-kinds.js';

const unusedRows = (t: InjectionTable): number[] => t.table.rows.map((_, i) => i).filter((i) => !t.usedRows.has(i));

/**
 * A later row given the key of an earlier one, in a record type no link points to and whose
 * key no rule reads, so the duplicate is the only thing wrong.
 */
export function injectDuplicateId(ctx: InjectionContext): InjectedError | undefined {
  const candidates = ctx.tables.filter((t) => {
    const rt = t.recordType;
    const linkedTo = ctx.built.links.some(
      (l) => l.to.recordType === rt.name || (l.from.recordType === rt.name && l.from.fields.some((f) => rt.key.includes(f))),
    );
    const read = ctx.built.datasetRules.some((r) => (r.needs[rt.name] ?? []).some((f) => rt.key.includes(f)));
    return !linkedTo && !read && rt.key.length > 0 && unusedRows(t).length >= 2;
  });
  if (candidates.length === 0) return undefined;
  const t = ctx.random.pick(candidates);
  const [first, second] = ctx.random
    .shuffle(unusedRows(t))
    .slice(0, 2)
    .sort((a, b) => a - b);
  if (first === undefined || second === undefined) return undefined;
  const original = ctx.record(t, second);
  const source = ctx.record(t, first);
  for (const key of t.recordType.key) ctx.set(t, second, key, source[key] ?? '');
  t.usedRows.add(first);
  const field = t.recordType.key[0] ?? '';
  return {
    code: 'duplicate-id',
    file: t.table.file,
    record: t.recordType.name,
    row: second + 2,
    field,
    value: source[field] ?? '',
    original: original[field] ?? '',
    alsoRaises: [],
    description: `row ${second + 2} repeats the ${t.recordType.key.join(' + ')} of row ${first + 2}`,
  };
}

/** Links an orphan row can break cleanly: no one-to-one link expects its record type exactly once, and it has no other one-to-one link. */
function breakableLinks(ctx: InjectionContext): RecordLink[] {
  return ctx.built.links.filter((link) => {
    const from = link.from.recordType;
    const pointedAt = ctx.built.links.some((l) => l.to.recordType === from && l.oneToOne);
    const otherOneToOne = ctx.built.links.some((l) => l !== link && l.from.recordType === from && l.oneToOne);
    const t = ctx.tables.find((x) => x.recordType.name === from);
    const keyOk =
      t !== undefined &&
      (t.recordType.key.some((k) => link.from.fields.includes(k)) ||
        t.recordType.key.every((k) => t.recordType.fields.find((f) => f.name === k)?.valueType === 'string'));
    return !pointedAt && !otherOneToOne && keyOk && (t?.table.rows.length ?? 0) > 0;
  });
}

/**
 * A copy of a row appended with a link variable pointing at a record that does not exist
 * (and its own key made unique), as when a file of a different batch slips in.
 */
export function injectBrokenLink(ctx: InjectionContext): InjectedError | undefined {
  const links = breakableLinks(ctx);
  if (links.length === 0) return undefined;
  const link = ctx.random.pick(links);
  const t = ctx.tables.find((x) => x.recordType.name === link.from.recordType);
  const target = ctx.tables.find((x) => x.recordType.name === link.to.recordType);
  const field = link.from.fields[0];
  const toField = link.to.fields[0];
  if (!t || !target || field === undefined || toField === undefined) return undefined;
  const sources = unusedRows(t).filter((i) => ctx.record(t, i)[field] !== '');
  if (sources.length === 0) return undefined;
  const source = ctx.random.pick(sources);
  const record = ctx.record(t, source);
  const targets = new Set(target.table.rows.map((_, i) => ctx.record(target, i)[toField]));
  let value = `${record[field]}X`;
  while (targets.has(value)) value += 'X';
  const copy = [...(t.table.rows[source] ?? [])];
  t.table.rows.push(copy);
  const row = t.table.rows.length - 1;
  ctx.set(t, row, field, value);
  if (!t.recordType.key.some((k) => link.from.fields.includes(k))) {
    for (const key of t.recordType.key) {
      // The same row may be copied twice: each copy's key must still be its own.
      const taken = new Set(t.table.rows.map((_, i) => ctx.record(t, i)[key]));
      let copyKey = `${record[key]}-copy`;
      for (let n = 2; taken.has(copyKey); n++) copyKey = `${record[key]}-copy${n}`;
      ctx.set(t, row, key, copyKey);
    }
  }
  return {
    code: 'broken-link',
    file: t.table.file,
    record: t.recordType.name,
    row: row + 2,
    field,
    value,
    original: record[field] ?? '',
    alsoRaises: [],
    description: `appended row ${row + 2} points at ${link.to.recordType} ${toField} = "${value}", which does not exist`,
  };
}

/**
 * Chooses a variable whose column will be left out of its file: one never required, so no
 * row lacks an answer it needs. It is reserved at once, so no cell mistake lands in it.
 */
export function reserveMissingColumn(ctx: InjectionContext): { t: InjectionTable; field: string } | undefined {
  const candidates = ctx.tables.flatMap((t) =>
    t.table.rows.length === 0
      ? []
      : t.recordType.fields
          .filter((f) => !f.required && isInjectable(ctx, f) && !t.usedFields.has(f.name) && !t.reservedColumns.has(f.name))
          .map((f) => ({ t, field: f.name })),
  );
  // Free text is kept for the personal-identifier mistakes, which can sit nowhere else.
  const coded = candidates.filter(({ t, field }) => !t.recordType.fields.find((f) => f.name === field)?.freeText);
  if (candidates.length === 0) return undefined;
  const chosen = ctx.random.pick(coded.length > 0 ? coded : candidates);
  chosen.t.reservedColumns.add(chosen.field);
  return chosen;
}

/** Leaves a reserved variable's column out of its file. */
export function dropColumn(t: InjectionTable, field: string): InjectedError {
  const i = t.table.header.indexOf(field);
  t.table.header.splice(i, 1);
  for (const row of t.table.rows) row.splice(i, 1);
  return {
    code: 'missing-column',
    file: t.table.file,
    record: t.recordType.name,
    row: 1,
    field,
    value: '',
    original: '',
    alsoRaises: [],
    description: `column ${field} left out of ${t.table.file}`,
  };
}

/** A column that is not a variable of the record type, as a supervisor's checklist column might be. */
export function injectExtraColumn(ctx: InjectionContext): InjectedError | undefined {
  const candidates = ctx.tables.filter((t) => t.table.rows.length > 0 && !t.usedFields.has('supervisor_check'));
  if (candidates.length === 0) return undefined;
  const t = ctx.random.pick(candidates);
  let name = 'supervisor_check';
  while (t.recordType.fields.some((f) => f.name === name)) name += '_x';
  t.table.header.push(name);
  for (const row of t.table.rows) row.push('ok');
  t.usedFields.add('supervisor_check');
  return {
    code: 'extra-column',
    file: t.table.file,
    record: t.recordType.name,
    row: 1,
    field: name,
    value: 'ok',
    original: '',
    alsoRaises: [],
    description: `column ${name} is not a variable of ${t.recordType.name}`,
  };
}
