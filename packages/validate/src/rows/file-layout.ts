import type { ColumnMap } from '../columns/column-map.js';
import type { SkippedCheck } from '../dataset/dataset-rule-tables.js';
import type { CompiledGate, CompiledRule, RecordPlan } from './record-plan.js';

/** Fields sharing one condition set, as they lie in one file. */
export interface SkipGroup {
  readonly set: number;
  /** Fields of the set that have a column in this file. */
  readonly fields: Int32Array;
  /** Those of them that must be answered whenever asked. */
  readonly required: Int32Array;
}

/**
 * Where one file holds each field, worked out once per file so the per-row loops run over
 * dense typed arrays: no lookups by name, no skipping of absent fields. A check that reads a
 * variable whose column is missing is left out for this file (and said so): the missing
 * column is reported once, rather than every row failing a condition it cannot be judged on.
 */
export interface FileLayout {
  /** Fields with a column (their own, or 0/1 option columns), in record order. */
  readonly valueFields: Int32Array;
  /** The column of each of `valueFields`; -1 where the answer is rebuilt from option columns. */
  readonly valueColumns: Int32Array;
  readonly optionFields: Int32Array;
  readonly skipGroups: readonly SkipGroup[];
  readonly constrained: Int32Array;
  readonly gates: readonly CompiledGate[];
  readonly rules: readonly CompiledRule[];
  /** Columns that are neither a field nor export metadata (scanned for personal identifiers). */
  readonly extraColumns: Int32Array;
  /** 1 for fields that have a column in this file. */
  readonly present: Uint8Array;
  readonly skipped: readonly SkippedCheck[];
}

export function fileLayout(plan: RecordPlan, map: ColumnMap): FileLayout {
  const count = plan.fields.length;
  const present = Uint8Array.from({ length: count }, (_v, i) =>
    (map.fieldColumns[i] ?? -1) >= 0 || map.optionColumns[i] !== undefined ? 1 : 0,
  );
  const absent = new Set(plan.fields.filter((_f, i) => present[i] === 0).map((f) => f.name));
  const missingOf = (reads: readonly string[]) => reads.filter((name) => absent.has(name));
  const skipped: SkippedCheck[] = [];
  const judgeable = (check: string, reads: readonly string[]) => {
    const missing = missingOf(reads);
    if (missing.length > 0) skipped.push({ check, reason: `it reads ${missing.join(', ')}, whose column is missing` });
    return missing.length === 0;
  };
  const presentFields = indexes(count, (i) => present[i] === 1);
  const skipGroups: SkipGroup[] = [];
  for (let set = 0; set < plan.relevance.setCount; set++) {
    const fields = presentFields.filter((i) => plan.relevance.setOfField[i] === set);
    if (
      fields.length === 0 ||
      !judgeable(`skip logic of ${fields.map((i) => plan.fields[i]?.name).join(', ')}`, plan.relevance.setReads(set))
    )
      continue;
    skipGroups.push({
      set,
      fields: Int32Array.from(fields),
      required: Int32Array.from(fields.filter((i) => plan.requiredWhenAsked[i] === 1)),
    });
  }
  return {
    valueFields: Int32Array.from(presentFields),
    valueColumns: Int32Array.from(presentFields, (i) => map.fieldColumns[i] ?? -1),
    optionFields: Int32Array.from(indexes(count, (i) => map.optionColumns[i] !== undefined)),
    skipGroups,
    constrained: Int32Array.from(
      plan.constrained.filter((i) => present[i] === 1 && judgeable(`constraint of ${plan.fields[i]?.name}`, plan.constraintReads[i] ?? [])),
    ),
    gates: plan.gates.filter((gate) => judgeable(`consent (${gate.description})`, gate.reads)),
    rules: plan.rules.filter((rule) => judgeable(`rule ${rule.id}`, rule.reads)),
    extraColumns: Int32Array.from(map.extra.map((e) => e.column)),
    present,
    skipped,
  };
}

function indexes(count: number, keep: (index: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (keep(i)) out.push(i);
  return out;
}
