import {
  compileExpression,
  type BuiltActivity,
  type CompiledExpression,
  type ConsentGate,
  type FieldDefinition,
  type RecordType,
  type SynthesisPlan,
} from '@dh/core';
import type { SyntheticTable } from '../output/synthetic-table.js';
import type { SeededRandom } from '../random.js';
import { protectedFields } from './protected-fields.js';

/** A table being given errors: its rows, its record type and what has been touched already. */
export interface InjectionTable {
  readonly table: SyntheticTable;
  readonly recordType: RecordType;
  readonly gates: readonly { readonly gate: ConsentGate; readonly holds: CompiledExpression }[];
  /** Row indices already carrying an injected error (one error per row keeps each one's issues apart). */
  readonly usedRows: Set<number>;
  /** Variables an injected error has touched in this table. */
  readonly usedFields: Set<string>;
  /** Variables whose column will be left out: no cell mistake may land there. */
  readonly reservedColumns: Set<string>;
}

/** What every kind of injection reads: compiled expressions, protected variables, the random stream. */
export class InjectionContext {
  readonly tables: InjectionTable[];
  readonly protectedNames: Set<string>;
  private readonly compiled = new Map<unknown, CompiledExpression>();

  constructor(
    readonly built: BuiltActivity,
    readonly plan: SynthesisPlan,
    tables: readonly SyntheticTable[],
    readonly random: SeededRandom,
  ) {
    this.protectedNames = protectedFields(built, plan);
    this.tables = tables.map((table) => {
      const recordType = built.recordTypes.find((rt) => rt.name === table.recordType);
      if (!recordType) throw new Error(`no record type ${table.recordType}`);
      const gates = built.consent
        .filter((g) => g.recordType === table.recordType)
        .map((gate) => ({ gate, holds: compileExpression(gate.condition) }));
      return { table, recordType, gates, usedRows: new Set<number>(), usedFields: new Set<string>(), reservedColumns: new Set<string>() };
    });
  }

  private compile(expr: Parameters<typeof compileExpression>[0]): CompiledExpression {
    let c = this.compiled.get(expr);
    if (!c) this.compiled.set(expr, (c = compileExpression(expr)));
    return c;
  }

  /** The row as a record (variable → text), a copy the caller may change. */
  record(t: InjectionTable, row: number): Record<string, string> {
    const cells = t.table.rows[row] ?? [];
    const out: Record<string, string> = {};
    t.table.header.forEach((name, i) => (out[name] = cells[i] ?? ''));
    return out;
  }

  set(t: InjectionTable, row: number, field: string, value: string): void {
    const cells = t.table.rows[row];
    const i = t.table.header.indexOf(field);
    if (!cells || i < 0) throw new Error(`no cell ${t.table.file}:${row}:${field}`);
    cells[i] = value;
    t.usedRows.add(row);
    t.usedFields.add(field);
  }

  isRelevant(field: FieldDefinition, record: Record<string, string>): boolean {
    return !field.relevant || this.compile(field.relevant).test(record);
  }

  satisfiesConstraint(field: FieldDefinition, record: Record<string, string>, value: string): boolean {
    return !field.constraint || this.compile(field.constraint).test({ ...record, [field.name]: value }, field.name);
  }

  consentHolds(t: InjectionTable, record: Record<string, string>): boolean {
    return t.gates.every((g) => g.holds.test(record));
  }

  /** A value the schema and the constraint accept, or undefined. */
  validValue(field: FieldDefinition, record: Record<string, string>): string | undefined {
    const codes = field.codes ?? [];
    const substantive = codes.filter((c) => c.missing === undefined).map((c) => c.code);
    const candidates =
      field.valueType === 'code' || field.valueType === 'codes'
        ? this.random.shuffle(substantive)
        : field.valueType === 'integer'
          ? integerRange(field, 200)
          : field.valueType === 'number'
            ? [String(field.minimum ?? 0), String(field.maximum ?? 1)]
            : field.valueType === 'date'
              ? [this.plan.dateRange.from]
              : ['X1'];
    return candidates.find((v) => this.satisfiesConstraint(field, record, v));
  }
}

/** Whole numbers from the field's minimum to its maximum (at most `limit` of them). */
export function integerRange(field: FieldDefinition, limit: number): string[] {
  const min = field.minimum ?? 0;
  const max = Math.min(field.maximum ?? min + 10, min + limit);
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
}
