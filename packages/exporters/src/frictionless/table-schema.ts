import { describeExpression, type FieldDefinition, type RecordLink, type RecordType } from '@dh/core';

/** A Frictionless Table Schema field (datapackage.org, Table Schema v2). */
export interface TableSchemaField {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'date' | 'list';
  readonly title?: string;
  readonly description: string;
  /** `list` fields: select_multiple answers as ODK exports them, codes separated by spaces. */
  readonly delimiter?: string;
  readonly itemType?: 'string';
  readonly constraints?: {
    readonly required?: boolean;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly enum?: readonly string[];
    readonly maxLength?: number;
    readonly pattern?: string;
  };
  readonly categories?: readonly { readonly value: string; readonly label: string }[];
  readonly missingValues?: readonly { readonly value: string; readonly label: string }[];
}

export interface TableSchema {
  readonly $schema: string;
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly fields: readonly TableSchemaField[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly {
    readonly fields: readonly string[];
    readonly reference: { readonly resource: string; readonly fields: readonly string[] };
  }[];
  readonly missingValues: readonly string[];
}

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** An empty cell: the question was not asked, or not answered. */
const EMPTY_CELL = { value: '', label: 'not asked or not answered' } as const;

/**
 * The Table Schema of one record type. Don't-know and refused codes are labelled missing
 * values, so they are never read as substantive answers; `required` is declared only for
 * questions everyone is asked and that offer no missing code, because a Table Schema
 * cannot say "required when asked" (the description says it instead).
 */
export function tableSchema(recordType: RecordType, links: readonly RecordLink[] = []): TableSchema {
  const foreignKeys = links
    .filter((link) => link.from.recordType === recordType.name)
    .map((link) => ({ fields: link.from.fields, reference: { resource: link.to.recordType, fields: link.to.fields } }));
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    name: recordType.name,
    title: recordType.title.en,
    version: recordType.instrumentVersion,
    fields: recordType.fields.map((field) => tableSchemaField(field, recordType.key.includes(field.name))),
    primaryKey: recordType.key,
    ...(foreignKeys.length > 0 && { foreignKeys }),
    missingValues: [''],
  };
}

function tableSchemaField(field: FieldDefinition, isKey: boolean): TableSchemaField {
  const substantive = (field.codes ?? []).filter((c) => c.missing === undefined);
  const missing = (field.codes ?? []).filter((c) => c.missing !== undefined);
  const required = isKey || (field.required && field.relevant === undefined && missing.length === 0);
  const constraints = {
    ...(required && { required: true }),
    ...(field.minimum !== undefined && { minimum: field.minimum }),
    ...(field.maximum !== undefined && { maximum: field.maximum }),
    ...(field.valueType === 'code' && { enum: substantive.map((c) => c.code) }),
    ...(field.maxLength !== undefined && { maxLength: field.maxLength }),
    ...(field.pattern !== undefined && { pattern: field.pattern.regex }),
  };
  return {
    name: field.name,
    ...fieldType(field),
    ...(field.label && { title: field.label.en }),
    description: describeField(field),
    ...(Object.keys(constraints).length > 0 && { constraints }),
    ...(field.valueType === 'code' && { categories: substantive.map((c) => ({ value: c.code, label: c.label.en })) }),
    ...(missing.length > 0 && {
      missingValues: [EMPTY_CELL, ...missing.map((c) => ({ value: c.code, label: c.label.en }))],
    }),
  };
}

function fieldType(field: FieldDefinition): Pick<TableSchemaField, 'type' | 'delimiter' | 'itemType'> {
  switch (field.valueType) {
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'date':
      return { type: 'date' };
    case 'codes':
      return { type: 'list', delimiter: ' ', itemType: 'string' };
    default:
      return { type: 'string' };
  }
}

function describeField(field: FieldDefinition): string {
  const parts = [field.relevant ? `Asked when ${describeExpression(field.relevant)}.` : 'Asked of every record.'];
  if (field.required) parts.push(field.relevant ? 'Required when asked.' : 'Required.');
  if (field.calculation) parts.push(`Calculated: ${describeExpression(field.calculation)}.`);
  if (field.valueType === 'codes')
    parts.push(`Codes (space-separated): ${(field.codes ?? []).map((c) => `${c.code} = ${c.label.en}`).join('; ')}.`);
  if (field.extensionList) parts.push(`Codes come from the country's "${field.listName ?? ''}" extension list.`);
  if (field.selfCompleted) parts.push('Self-completed by the respondent.');
  if (field.pattern) parts.push(`Written as ${field.pattern.description}.`);
  return parts.join(' ');
}
