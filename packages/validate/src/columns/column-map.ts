import type { RecordType } from '@dh/core';
import { closestName } from './edit-distance.js';
import { CaseInsensitiveTargets, columnTargets, type ColumnTarget } from './field-name-candidates.js';
import { isMetadataColumn } from './metadata-columns.js';
import { identifierKindOfColumn, type IdentifierKind } from './personal-identifier-names.js';

/** A select_multiple answer exported as one 0/1 column per option (`platforms/platform_a`). */
export interface OptionColumns {
  readonly columns: readonly number[];
  readonly codes: readonly string[];
}

export interface ExtraColumn {
  readonly column: number;
  readonly name: string;
  /** Set when the name suggests personal identifiers. */
  readonly identifierKind?: IdentifierKind;
}

export interface DuplicateColumn {
  readonly column: number;
  readonly name: string;
  /** The earlier column holding the same variable, whose values are used. */
  readonly firstColumn: number;
}

/** How one file's header lines up with a record type's fields. */
export interface ColumnMap {
  readonly recordType: RecordType;
  readonly header: readonly string[];
  /** Column index of each field (in `recordType.fields` order), -1 when absent. */
  readonly fieldColumns: Int32Array;
  /** Per field: its option columns, used only when the field has no column of its own. */
  readonly optionColumns: readonly (OptionColumns | undefined)[];
  /** Fields with no column at all. */
  readonly missing: readonly number[];
  readonly extra: readonly ExtraColumn[];
  readonly duplicates: readonly DuplicateColumn[];
  readonly metadata: readonly number[];
  /** How many fields have a column (their own or option columns). */
  readonly matched: number;
}

/** The names a record type's columns may have, worked out once per record type. */
export class RecordColumnNames {
  readonly exact: ReadonlyMap<string, ColumnTarget>;
  readonly lower: CaseInsensitiveTargets;
  constructor(readonly recordType: RecordType) {
    const exact = columnTargets(recordType.fields);
    this.exact = exact;
    this.lower = new CaseInsensitiveTargets(exact);
  }

  targetOf(column: string): ColumnTarget | undefined {
    const name = column.trim();
    return this.exact.get(name) ?? this.lower.get(name);
  }
}

export function mapColumns(header: readonly string[], names: RecordColumnNames): ColumnMap {
  const fields = names.recordType.fields;
  const fieldColumns = new Int32Array(fields.length).fill(-1);
  const options: (OptionColumns & { columns: number[]; codes: string[] })[] = [];
  const extra: ExtraColumn[] = [];
  const duplicates: DuplicateColumn[] = [];
  const metadata: number[] = [];
  const seen = new Map<string, number>();
  header.forEach((raw, column) => {
    const name = raw.trim();
    const earlier = seen.get(name);
    if (earlier !== undefined) return void duplicates.push({ column, name, firstColumn: earlier });
    seen.set(name, column);
    if (name === '') return; // the reader reports unnamed columns
    const target = names.targetOf(name);
    if (target?.kind === 'field') {
      const first = fieldColumns[target.field] ?? -1;
      if (first >= 0) return void duplicates.push({ column, name, firstColumn: first });
      fieldColumns[target.field] = column;
    } else if (target?.kind === 'option') {
      const list = (options[target.field] ??= { columns: [], codes: [] });
      const repeated = list.codes.indexOf(target.code);
      if (repeated >= 0) return void duplicates.push({ column, name, firstColumn: list.columns[repeated] ?? column });
      list.columns.push(column);
      list.codes.push(target.code);
    } else if (isMetadataColumn(name)) {
      metadata.push(column);
    } else {
      extra.push(extraColumn(column, name));
    }
  });
  const missing: number[] = [];
  fields.forEach((field, index) => {
    if ((fieldColumns[index] ?? -1) < 0 && options[index] === undefined && field.columnOptional !== true) missing.push(index);
  });
  const optionColumns = fields.map((_field, index) => ((fieldColumns[index] ?? -1) < 0 ? options[index] : undefined));
  return {
    recordType: names.recordType,
    header,
    fieldColumns,
    optionColumns,
    missing,
    extra,
    duplicates,
    metadata,
    matched: fields.length - missing.length,
  };
}

function extraColumn(column: number, name: string): ExtraColumn {
  const identifierKind = identifierKindOfColumn(name);
  return { column, name, ...(identifierKind !== undefined && { identifierKind }) };
}

/**
 * The field a user probably meant by a column the record type does not have. Asked only for
 * the columns a report shows: recognising a file maps its header against every record type,
 * and a header can have hundreds of thousands of columns.
 */
export function suggestedField(name: string, recordType: RecordColumnNames['recordType']): string | undefined {
  const fieldNames = recordType.fields.map((f) => f.name);
  const lastSegment = name.split(/[/]/).pop() ?? name;
  return closestName(name, fieldNames) ?? closestName(lastSegment, fieldNames);
}
