import { VALUE_FORMATS, type ValueType } from '@dh/core';
import { codeList, numberOrText } from './cell-values.js';
import type { ValueProblem } from './value-problems.js';

/** A verdict on a non-empty cell's text: true when the field's schema accepts the value the cell becomes. */
export type CellCheck = (cell: string) => boolean;

/** Why a cell's value is refused, one problem per issue code and offending value (none when it is accepted). */
export type CellExplanation = (cell: string) => ValueProblem[];

/** A field's schema compiled: the verdict for every cell, and the reasons for a refused one. */
export interface CompiledCell {
  readonly check: CellCheck;
  readonly explain: CellExplanation;
}

/** A format as ajv holds it (`ajv.formats[name]`): a pattern, a function, or a definition holding one. */
export type FormatEntry =
  RegExp | string | ((text: string) => boolean) | { readonly validate?: unknown; readonly async?: unknown; readonly type?: unknown };

type Schema = Readonly<Record<string, unknown>>;

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set(['description', 'title', '$comment']);
const NUMBER_KEYWORDS = new Set(['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', ...ANNOTATIONS]);
const STRING_KEYWORDS = new Set(['type', 'enum', 'pattern', 'format', 'minLength', 'maxLength', ...ANNOTATIONS]);
const ARRAY_KEYWORDS = new Set(['type', 'items', ...ANNOTATIONS]);

/**
 * A field's (non-null) JSON Schema compiled into one check on the cell's text: the value is
 * judged where it lies, with no value built (a code looked up, a number read in place, a
 * select_multiple answer walked code by code), and into the explanation of a refused value,
 * the problems ajv's errors would give, in ajv's order. No code is generated at run time, so
 * the offline page runs with no `eval`. ajv stays the reference: a test holds the verdicts and
 * the explanations to ajv's on random values of every field type. Only the keywords record
 * schemas use are compiled; a schema with any other keyword gets nothing (undefined), and its
 * cells go through ajv.
 */
export function compileCellCheck(
  schema: unknown,
  valueType: ValueType,
  formats: Readonly<Record<string, FormatEntry | undefined>>,
): CompiledCell | undefined {
  if (!isSchema(schema)) return undefined;
  const type = schema['type'];
  // zod writes a nullable field with nothing else to say as `type: [T, "null"]`; a non-empty cell is never null.
  const nonNull =
    Array.isArray(type) && type.length === 2 && type.includes('null') ? { ...schema, type: type.find((t) => t !== 'null') } : schema;
  switch (valueType) {
    case 'integer':
    case 'number':
      return numberCheck(nonNull);
    case 'string':
    case 'date':
    case 'code':
      return stringCheck(nonNull, formats);
    case 'codes':
      return codeListCheck(nonNull, formats);
  }
}

/**
 * The cell as `numberOrText` reads it, against `type: integer | number` and its bounds (ajv's strict
 * numbers: finite only). ajv reports the type first; bounds it checks on any finite number, an
 * integer's fraction included.
 */
function numberCheck(schema: Schema): CompiledCell | undefined {
  if (!onlyKeywords(schema, NUMBER_KEYWORDS) || (schema['type'] !== 'integer' && schema['type'] !== 'number')) return undefined;
  const bounds = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].map((keyword) => schema[keyword]);
  if (bounds.some((bound) => bound !== undefined && typeof bound !== 'number')) return undefined;
  const [minimum = -Infinity, maximum = Infinity, above = -Infinity, below = Infinity] = bounds as (number | undefined)[];
  const integer = schema['type'] === 'integer';
  const inRange = (value: number) => value >= minimum && value <= maximum && value > above && value < below;
  return {
    check: (cell) => {
      const value = numberOrText(cell);
      if (typeof value !== 'number' || !Number.isFinite(value) || (integer && value % 1 !== 0)) return false;
      return inRange(value);
    },
    explain: (cell) => {
      const value = numberOrText(cell);
      if (typeof value !== 'number' || !Number.isFinite(value)) return [{ code: 'type-error', value: cell }];
      const problems: ValueProblem[] = [];
      if (integer && value % 1 !== 0) problems.push({ code: 'type-error', value: cell });
      if (!inRange(value)) problems.push({ code: 'out-of-range', value: cell });
      return problems;
    },
  };
}

/** A text against its list (ajv reports `enum` first), then its length, pattern and format (each a type error). */
function stringCheck(schema: Schema, formats: Readonly<Record<string, FormatEntry | undefined>>): CompiledCell | undefined {
  if (!onlyKeywords(schema, STRING_KEYWORDS) || schema['type'] !== 'string') return undefined;
  const shape: CellCheck[] = [];
  let listed: CellCheck | undefined;
  const { enum: codes, pattern, format, minLength, maxLength } = schema;
  if (codes !== undefined) {
    if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string')) return undefined;
    listed = codeCheck(codes as string[]);
  }
  if (minLength !== undefined || maxLength !== undefined) {
    if ((minLength !== undefined && typeof minLength !== 'number') || (maxLength !== undefined && typeof maxLength !== 'number'))
      return undefined;
    shape.push(lengthCheck(minLength ?? 0, maxLength ?? Infinity));
  }
  if (pattern !== undefined) {
    if (typeof pattern !== 'string') return undefined;
    // ajv compiles patterns with the `u` flag (its unicodeRegExp default).
    const regex = new RegExp(pattern, 'u');
    shape.push((cell) => regex.test(cell));
  }
  if (format !== undefined) {
    const entry = typeof format === 'string' ? formats[format] : undefined;
    const check = entry !== undefined && entry === VALUE_FORMATS['date'] ? fullDate : formatCheck(entry);
    if (check === undefined) return undefined;
    shape.push(lastAccepted(check));
  }
  const shaped = allOf(shape);
  return {
    check: listed === undefined ? shaped : shape.length === 0 ? listed : (cell) => listed(cell) && shaped(cell),
    explain: (cell) => {
      const problems: ValueProblem[] = [];
      if (listed !== undefined && !listed(cell)) problems.push({ code: 'unknown-code', value: cell });
      if (!shaped(cell)) problems.push({ code: 'type-error', value: cell });
      return problems;
    },
  };
}

/**
 * A select_multiple answer: every code between spaces (double and edge spaces ignored, as `codeList`
 * does) must pass. Explained code by code, in order, each offending code named once per problem.
 */
function codeListCheck(schema: Schema, formats: Readonly<Record<string, FormatEntry | undefined>>): CompiledCell | undefined {
  if (!onlyKeywords(schema, ARRAY_KEYWORDS) || schema['type'] !== 'array') return undefined;
  const items = schema['items'];
  if (items === undefined) return { check: () => true, explain: () => [] };
  const itemSchema = isSchema(items) ? items : {};
  const item = stringCheck(itemSchema, formats);
  if (item === undefined) return undefined;
  const explain: CellExplanation = (cell) => {
    const problems: ValueProblem[] = [];
    for (const code of codeList(cell))
      for (const problem of item.explain(code))
        if (!problems.some((p) => p.code === problem.code && p.value === problem.value)) problems.push(problem);
    return problems;
  };
  const codes = itemSchema['enum'];
  // The usual item: a code of a short list, matched where it lies in the cell (no token is cut out).
  if (Object.keys(itemSchema).every((keyword) => keyword === 'type' || keyword === 'enum' || ANNOTATIONS.has(keyword)))
    if (Array.isArray(codes)) {
      const matcher = codeMatcher(codes as string[]);
      return { check: (cell) => everyCode(cell, (start, stop) => matcher(cell, start, stop)), explain };
    }
  return { check: (cell) => everyCode(cell, (start, stop) => item.check(cell.slice(start, stop))), explain };
}

/** Whether every space-separated code of the cell (from `start` to `stop`) passes. */
function everyCode(cell: string, passes: (start: number, stop: number) => boolean): boolean {
  let start = 0;
  for (;;) {
    const end = cell.indexOf(' ', start);
    const stop = end === -1 ? cell.length : end;
    if (stop > start && !passes(start, stop)) return false;
    if (end === -1) return true;
    start = end + 1;
  }
}

function codeCheck(codes: readonly string[]): CellCheck {
  const matcher = codeMatcher(codes);
  return (cell) => matcher(cell, 0, cell.length);
}

/** Whether `text` from `start` to `end` is one of the codes. */
type CodeMatcher = (text: string, start: number, end: number) => boolean;

/** Lists longer than this are looked up in a set; shorter ones compared code by code, among codes of the same length. */
const COMPARED_CODES = 16;

/**
 * A code list as a lookup on part of a cell. Answer lists are short: comparing the few codes of
 * the cell's length costs less than hashing a new string, and a select_multiple answer's codes
 * are matched in place, with no string cut out of the cell.
 */
function codeMatcher(codes: readonly string[]): CodeMatcher {
  const known = new Set(codes);
  const byLength: string[][] = [];
  for (const code of known) (byLength[code.length] ??= []).push(code);
  if (byLength.some((same) => same.length > COMPARED_CODES))
    return (text, start, end) => known.has(start === 0 && end === text.length ? text : text.slice(start, end));
  return (text, start, end) => {
    const same = byLength[end - start];
    if (same === undefined) return false;
    const whole = start === 0 && end === text.length;
    for (let k = 0; k < same.length; k++) {
      const code = same[k] as string;
      if (whole ? code === text : text.startsWith(code, start)) return true;
    }
    return false;
  };
}

/** Length in code points, as ajv counts it (a character outside the BMP is one). */
function lengthCheck(minLength: number, maxLength: number): CellCheck {
  return (cell) => {
    if (cell.length < minLength) return false;
    if (cell.length <= maxLength && minLength === 0) return true;
    let length = 0;
    for (let index = 0; index < cell.length; index++) {
      length++;
      const code = cell.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < cell.length && (cell.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;
    }
    return length >= minLength && length <= maxLength;
  };
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * ajv-formats' `date` (RFC 3339 full-date: `YYYY-MM-DD`, ASCII digits, a day the calendar has),
 * read digit by digit: the pattern it runs makes an array and three strings for every date.
 */
function fullDate(cell: string): boolean {
  if (cell.length !== 10 || cell.charCodeAt(4) !== 0x2d || cell.charCodeAt(7) !== 0x2d) return false;
  const year = digitsAt(cell, 0, 4);
  const month = digitsAt(cell, 5, 2);
  const day = digitsAt(cell, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month] as number));
}

/** The number the `count` ASCII digits from `start` write; -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** ajv's own format function or pattern; undefined for what it would not run synchronously on text. */
function formatCheck(entry: FormatEntry | undefined): CellCheck | undefined {
  if (entry === undefined) return undefined;
  if (typeof entry === 'function') return (cell) => entry(cell);
  if (entry instanceof RegExp) return (cell) => entry.test(cell);
  if (typeof entry === 'string') {
    const regex = new RegExp(entry, 'u');
    return (cell) => regex.test(cell);
  }
  if (entry.async === true || (entry.type !== undefined && entry.type !== 'string')) return undefined;
  return formatCheck(entry.validate as FormatEntry | undefined);
}

/**
 * The check, remembering the last short text it accepted: a cluster's interviews share a date, and
 * a format check (a pattern, then the calendar) costs more than comparing two short strings. Only
 * short texts are kept, which V8 copies rather than leaving a view on the parser's chunk.
 */
function lastAccepted(check: CellCheck): CellCheck {
  let last: string | undefined;
  return (cell) => {
    if (cell === last) return true;
    if (!check(cell)) return false;
    if (cell.length < 13) last = cell;
    return true;
  };
}

function allOf(checks: readonly CellCheck[]): CellCheck {
  const [first, second, ...rest] = checks;
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  if (rest.length === 0) return (cell) => first(cell) && second(cell);
  return (cell) => checks.every((check) => check(cell));
}

function onlyKeywords(schema: Schema, known: ReadonlySet<string>): boolean {
  return Object.keys(schema).every((keyword) => known.has(keyword));
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
