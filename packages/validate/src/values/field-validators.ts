import {
  createAjv,
  recordJsonSchema,
  VALUE_FORMATS,
  type Ajv2020,
  type ErrorObject,
  type RecordType,
  type ValidateFunction,
} from '@dh/core';
import { detachedCopy } from '../dataset/detached-copy.js';
import { compileCellCheck, type CellCheck, type CellExplanation, type FormatEntry } from './cell-check.js';
import { coercionFor, type CellCoercion } from './cell-values.js';
import { valueProblems, type ValueProblem } from './value-problems.js';

/**
 * An ajv instance made when first asked, shared by the validators given it. A run whose fields
 * all have compiled checks never asks (ajv stays the reference the tests hold them to), and so
 * never loads ajv.
 */
export type AjvWhenAsked = () => Ajv2020;

export function ajvWhenAsked(): AjvWhenAsked {
  let made: Ajv2020 | undefined;
  return () => (made ??= createAjv());
}

export interface FieldValidator {
  readonly coerce: CellCoercion;
  /** ajv's compiled check of the field's (non-null) schema; call it through `checkCell`. */
  readonly validate: ValidateFunction;
  /** The same schema compiled into a check on the cell's text, with no code generated at run time. */
  readonly check?: CellCheck;
  /** Why `check` refused a cell: the problems ajv's errors would give. Where present, ajv never runs. */
  readonly explain?: CellExplanation;
  /**
   * Cell texts ajv has already accepted for this field. A value's verdict depends on the value
   * alone, so a repeated answer (a code, an age) reuses ajv's verdict instead of calling it
   * again; fields whose answers rarely repeat (text, decimals, dates) keep no such memory.
   */
  readonly accepted?: Set<string>;
}

/** At most this many accepted texts are remembered per field: answer lists are short, ages few. */
const ACCEPTED_MEMORY = 64;

/** Whether a non-empty cell is valid for the field; on false, `explainRefusal` says why. */
export function checkCell(validator: FieldValidator, cell: string): boolean {
  const check = validator.check;
  if (check !== undefined) return check(cell);
  const accepted = validator.accepted;
  if (accepted !== undefined && accepted.has(cell)) return true;
  if (!(validator.validate(validator.coerce(cell), CALL_CONTEXT) as boolean)) return false;
  if (accepted !== undefined && accepted.size < ACCEPTED_MEMORY) accepted.add(detachedCopy(cell));
  return true;
}

/**
 * ajv's compiled functions take a context object with defaults (`{instancePath = "", …} = {}`):
 * called without one, each call builds two objects. One shared context keeps the per-value
 * call allocation-free; these schemas use no dynamic references, so nothing is stored in it.
 */
const CALL_CONTEXT = { instancePath: '', dynamicAnchors: {} } as unknown as Parameters<ValidateFunction>[1];

/**
 * One validator per field, from the record type's published JSON Schema (the same document
 * partners and other tools get): the check compiled from the field's schema (cell-check.ts),
 * with ajv on that same schema as its reference. Values are checked one by one on the row's
 * cells, with no object built per row (docs/development.md). Empty cells are never checked:
 * the row checker knows which fields may be empty, so a nullable field is checked against its
 * non-null branch.
 */
export function compileFieldValidators(recordType: RecordType, ajv: AjvWhenAsked = ajvWhenAsked()): FieldValidator[] {
  const schema = recordJsonSchema(recordType);
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  const formats = VALUE_FORMATS as Record<string, FormatEntry | undefined>;
  return recordType.fields.map((field) => {
    const property = properties[field.name] as Record<string, unknown> | undefined;
    if (property === undefined) throw new Error(`The schema of ${recordType.name} has no property ${field.name}`);
    const branch = nonNullBranch(property);
    const fieldSchema = (branch === undefined ? property : (property['anyOf'] as unknown[])[branch]) as Record<string, unknown>;
    // ajv gets the property's own schema (record schemas' properties hold no references): reaching it
    // through a pointer into the record schema would compile the whole record (0.13 s for the household
    // survey's child record). The record schema is dh's own, checked against the meta-schema where it
    // is generated, so it is not checked again here.
    const key = `${String(schema['$id'])}#field:${field.name}`;
    const compile = (): ValidateFunction => {
      const instance = ajv();
      if (instance.getSchema(key) === undefined) instance.addSchema(fieldSchema, key, undefined, false);
      const validate = instance.getSchema(key);
      if (validate === undefined) throw new Error(`The schema of ${recordType.name} has no property ${field.name}`);
      return validate;
    };
    const coerce = coercionFor(field.valueType);
    const compiled = compileCellCheck(fieldSchema, field.valueType, formats);
    if (compiled !== undefined) return withLazyAjv(coerce, compiled.check, compiled.explain, compile);
    const repeats = field.valueType === 'code' || field.valueType === 'codes' || field.valueType === 'integer';
    return { coerce, validate: compile(), ...(repeats && { accepted: new Set<string>() }) };
  });
}

/**
 * A field whose cells the compiled check decides and explains: ajv is compiled only if something
 * asks for it (the tests that hold the two together), never while validating, so no code is
 * generated at run time and the offline page needs no `eval`.
 */
function withLazyAjv(coerce: CellCoercion, check: CellCheck, explain: CellExplanation, compile: () => ValidateFunction): FieldValidator {
  let compiled: ValidateFunction | undefined;
  return {
    coerce,
    check,
    explain,
    get validate(): ValidateFunction {
      compiled ??= compile();
      return compiled;
    },
  };
}

/** The index of the non-null branch when the property is `anyOf: [<type>, {type: null}]` (a field that may be empty). */
function nonNullBranch(property: unknown): number | undefined {
  const anyOf = (property as { anyOf?: unknown[] } | undefined)?.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return undefined;
  const nullAt = anyOf.findIndex((branch) => (branch as { type?: unknown }).type === 'null');
  return nullAt < 0 ? undefined : 1 - nullAt;
}

/** Why a cell `checkCell` refused is refused: the compiled explanation, or ajv's errors for a field with none. */
export function explainRefusal(validator: FieldValidator, cell: string): ValueProblem[] {
  if (validator.explain !== undefined) return validator.explain(cell);
  const value = validator.coerce(cell);
  validator.validate(value, CALL_CONTEXT);
  return valueProblems(cell, value, meaningfulErrors(validator.validate.errors));
}

/** ajv errors that say something about the value (never the summary `anyOf` or a `null` branch). */
export function meaningfulErrors(errors: readonly ErrorObject[] | null | undefined): ErrorObject[] {
  return (errors ?? []).filter((error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params['type'] === 'null'));
}
