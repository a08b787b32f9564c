import { z } from 'zod';
import type { FieldDefinition, RecordType } from './record-type.js';

/** A field holds no answer unless it is always asked and required. */
export function mayBeEmpty(field: FieldDefinition): boolean {
  return !field.required || field.relevant !== undefined;
}

function fieldSchema(field: FieldDefinition): z.ZodType {
  let schema: z.ZodType;
  switch (field.valueType) {
    case 'integer':
    case 'number': {
      let n = field.valueType === 'integer' ? z.number().int() : z.number();
      if (field.minimum !== undefined) n = n.min(field.minimum);
      if (field.maximum !== undefined) n = n.max(field.maximum);
      schema = n;
      break;
    }
    case 'string':
      {
        let text = field.maxLength !== undefined ? z.string().max(field.maxLength) : z.string();
        if (field.pattern !== undefined) text = text.regex(new RegExp(field.pattern.regex));
        schema = text;
      }
      break;
    case 'date':
      schema = z.iso.date();
      break;
    case 'code':
    case 'codes': {
      const codes = (field.codes ?? []).map((c) => c.code);
      const one = z.enum(codes as [string, ...string[]]);
      schema = field.valueType === 'code' ? one : z.array(one);
      break;
    }
  }
  // The question text goes in `description`: a `title` would become a type name in the generated types.
  const notes = [
    field.label?.en,
    field.listName !== undefined
      ? `Codes from list "${field.listName}"${field.extensionList ? ' (filled by each country)' : ''}.`
      : undefined,
  ].filter((n) => n !== undefined);
  const described = notes.length > 0 ? schema.meta({ description: notes.join(' ') }) : schema;
  return mayBeEmpty(field) ? described.nullable() : described;
}

/**
 * The zod schema of one record type: every column present, null where there is no
 * answer. Relevance and constraints are not here (zod refinements do not survive JSON
 * Schema, docs/development.md): they are re-checked from the same expressions by the validator.
 */
export function recordSchema(recordType: RecordType): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  // A column a file may leave out is an optional key: the published schema says so too.
  for (const field of recordType.fields) shape[field.name] = field.columnOptional ? fieldSchema(field).optional() : fieldSchema(field);
  return z.strictObject(shape).meta({ title: recordType.title.en });
}
