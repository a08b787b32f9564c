import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv/dist/2020.js';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type * as AjvFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { JsonSchema } from './json-schema.js';

export type { Ajv2020, ErrorObject, ValidateFunction };

/**
 * The formats record schemas use (`date`, …), as ajv-formats gives them to every ajv instance
 * `createAjv` makes: the checks compiled from the schemas (@dh/validate) read them here, without
 * loading ajv.
 */
export const VALUE_FORMATS: Readonly<Record<string, unknown>> = fullFormats;

type AjvModules = [ajv: typeof AjvModule, formats: typeof AjvFormatsModule];
let loaded: AjvModules | undefined;

/**
 * ajv (CommonJS, 90 modules) is loaded when the first instance is made, not with this package:
 * `dh validate` checks cells with the checks compiled from the schemas and never needs it, and
 * loading it cost every command 50 ms at start-up.
 */
function ajvModules(): AjvModules {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    loaded = [require('ajv/dist/2020.js') as AjvModules[0], require('ajv-formats') as AjvModules[1]];
  }
  return loaded;
}

/** One ajv instance, strict, all errors, so a record reports every bad value at once. */
export function createAjv(): Ajv2020 {
  const [{ Ajv2020 }, addFormatsModule] = ajvModules();
  // ajv-formats ships CommonJS: its function is the module's default export, or the module itself.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true });
  ajv.addKeyword('x-dh-record-type').addKeyword('x-dh-instrument').addKeyword('x-dh-key');
  addFormats(ajv);
  return ajv;
}

/** Compiles a record type's JSON Schema once; call the result per record. */
export function compileRecordValidator(schema: JsonSchema, ajv: Ajv2020 = createAjv()): ValidateFunction {
  return ajv.compile(schema);
}
