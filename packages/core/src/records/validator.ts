import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from './json-schema.js';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export type { ErrorObject, ValidateFunction };

/** One ajv instance, strict, all errors, so a record reports every bad value at once. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true });
  ajv.addKeyword('x-dh-record-type').addKeyword('x-dh-instrument').addKeyword('x-dh-key');
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

/** Compiles a record type's JSON Schema once; call the result per record. */
export function compileRecordValidator(schema: JsonSchema, ajv: Ajv2020 = createAjv()): ValidateFunction {
  return ajv.compile(schema);
}
