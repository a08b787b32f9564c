import { createAjv, recordJsonSchema, type ErrorObject, type RecordType, type ValidateFunction } from '@dh/core';
import { coercionFor, type CellCoercion } from './cell-values.js';

type Ajv = ReturnType<typeof createAjv>;

export interface FieldValidator {
  readonly coerce: CellCoercion;
  /** ajv's compiled check of this field's property in the record's published JSON Schema. */
  readonly validate: ValidateFunction;
}

/**
 * One ajv validator per field, all compiled once from the record type's published JSON
 * Schema (the same document partners and other tools get). Checking value by value on the
 * row's cells avoids building an object per row, which dominates the cost on wide files
 * (toolchain.md); empty cells never reach ajv (the row checker knows which may be empty).
 */
export function compileFieldValidators(recordType: RecordType, ajv: Ajv = createAjv()): FieldValidator[] {
  const schema = recordJsonSchema(recordType);
  const id = String(schema['$id']);
  if (ajv.getSchema(id) === undefined) ajv.addSchema(schema);
  return recordType.fields.map((field) => {
    const validate = ajv.getSchema(`${id}#/properties/${encodePointer(field.name)}`);
    if (validate === undefined) throw new Error(`The schema of ${recordType.name} has no property ${field.name}`);
    return { coerce: coercionFor(field.valueType), validate };
  });
}

function encodePointer(name: string): string {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** ajv errors that say something about the value, without the noise of a nullable field's `null` branch. */
export function meaningfulErrors(errors: readonly ErrorObject[] | null | undefined): ErrorObject[] {
  return (errors ?? []).filter((error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params['type'] === 'null'));
}
