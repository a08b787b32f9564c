import { z } from 'zod';
import type { Expr } from '../expression/ast.js';
import { choiceKey } from '../instrument/builder.js';
import { InstrumentDefinitionError, XML_NAME } from '../instrument/check-instrument.js';
import type { Choice, ChoiceList, Text } from '../instrument/types.js';
import type { FieldDefinition, RecordType, ValueType } from './record-type.js';

const LIST_META = 'x-dh-list';
const FREE_TEXT_META = 'x-dh-free-text';
const PATTERN_META = 'x-dh-pattern';

/** Text of a given form, with the form in words for messages ("a whole number of 0 or more, or not_available"). */
export function textLike(pattern: RegExp, description: string): z.ZodString {
  return z
    .string()
    .regex(pattern)
    .meta({ [PATTERN_META]: description });
}

/** A field holding one code of a list (zod enum): its labels come from the list. */
export function codeOf(list: Pick<ChoiceList, 'name' | 'choices'>): z.ZodEnum {
  return z.enum(list.choices.map((c) => c.code) as [string, ...string[]]).meta({ [LIST_META]: list.name });
}

/** A field holding several codes of a list (space-separated in a cell, as ODK exports select_multiple). */
export function codesOf(list: Pick<ChoiceList, 'name' | 'choices'>): z.ZodArray {
  return z.array(codeOf(list)).meta({ [LIST_META]: list.name });
}

/** Free text: kept rare and scanned for personal identifiers (docs/methodology.md § data protection). */
export function freeText(maxLength?: number): z.ZodString {
  const text = maxLength === undefined ? z.string() : z.string().max(maxLength);
  return text.meta({ [FREE_TEXT_META]: true });
}

export interface RecordTypeDraft {
  readonly name: string;
  readonly title: string;
  readonly key: readonly string[];
  /**
   * The fields in column order: a zod object of strings (`z.string()`, `freeText()`), whole
   * numbers (`z.int()` with `.min()`/`.max()`), numbers, ISO dates (`z.iso.date()`), codes
   * (`codeOf(list)`, `codesOf(list)`), each `.nullable()` where a cell may be empty, with
   * `.meta({ description })` as its label.
   */
  readonly schema: z.ZodObject;
  /** The lists `codeOf`/`codesOf` name, for code labels and translation keys. */
  readonly lists: readonly ChoiceList[];
  /** When a field is asked at all: empty where it does not hold, required (unless nullable) where it does. */
  readonly relevant?: Readonly<Record<string, Expr>>;
  /** The instrument it belongs to and that instrument's version. */
  readonly instrument: { readonly id: string; readonly version: string };
}

type JsonSchemaNode = Record<string, unknown>;

/**
 * A record type declared directly (an interview log, coded segments, an aggregate table), not
 * derived from a questionnaire: the same field definitions, so the same zod schema → JSON
 * Schema → ajv → TypeScript types pipeline and the same checks follow (docs/architecture.md).
 * Throws on an authoring error.
 */
export function defineRecordType(draft: RecordTypeDraft): RecordType {
  const lists = new Map(draft.lists.map((l) => [l.name, l]));
  const json = z.toJSONSchema(draft.schema, { target: 'draft-2020-12' }) as JsonSchemaNode;
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchemaNode>;
  const required = new Set((json['required'] ?? []) as string[]);
  const problems: string[] = [];
  const fields = Object.entries(properties).map(([name, node]) => {
    if (!XML_NAME.test(name)) problems.push(`field "${name}" is not a name (letters, digits, _ . -)`);
    const field = fieldOf(draft.name, name, node, required.has(name), lists, draft.relevant?.[name]);
    if (typeof field === 'string') problems.push(field);
    return typeof field === 'string' ? undefined : field;
  });
  for (const key of draft.key) if (!(key in properties)) problems.push(`key "${key}" is not a field`);
  for (const name of Object.keys(draft.relevant ?? {}))
    if (!(name in properties)) problems.push(`relevance given for "${name}", which is not a field`);
  if (problems.length > 0)
    throw new InstrumentDefinitionError(`Record type "${draft.name}" is not well defined:\n- ${problems.join('\n- ')}`);
  return {
    name: draft.name,
    title: { key: `records.${draft.name}.title`, en: draft.title },
    instrumentId: draft.instrument.id,
    instrumentVersion: draft.instrument.version,
    key: draft.key,
    fields: fields.filter((f): f is FieldDefinition => f !== undefined),
  };
}

/** One property's JSON Schema as a field definition, or what is wrong with it. */
function fieldOf(
  recordType: string,
  name: string,
  node: JsonSchemaNode,
  present: boolean,
  lists: ReadonlyMap<string, ChoiceList>,
  relevant: Expr | undefined,
): FieldDefinition | string {
  // zod writes a nullable simple type as `type: ["string", "null"]`, others as `anyOf`.
  const types = Array.isArray(node['type']) ? (node['type'] as string[]) : undefined;
  const variants = (node['anyOf'] as JsonSchemaNode[] | undefined) ?? (types ? types.map((type) => ({ ...node, type })) : [node]);
  const nullable = variants.some((v) => v['type'] === 'null');
  const value = variants.find((v) => v['type'] !== 'null');
  if (!value) return `field "${name}" holds nothing but null`;
  const merged: JsonSchemaNode = { ...node, ...value };
  const valueType = valueTypeOf(merged);
  if (valueType === undefined)
    return `field "${name}" has a type a record cannot hold (strings, numbers, dates, codes): ${JSON.stringify(value)}`;
  const listName = (merged[LIST_META] ?? (merged['items'] as JsonSchemaNode | undefined)?.[LIST_META]) as string | undefined;
  let codes: Choice[] | undefined;
  if (valueType === 'code' || valueType === 'codes') {
    const list = listName !== undefined ? lists.get(listName) : undefined;
    if (!list)
      return `field "${name}" holds codes of list "${listName ?? '(unnamed: use codeOf(list))'}", which is not among the record type's lists`;
    codes = [...list.choices];
  }
  const description = typeof merged['description'] === 'string' ? merged['description'] : undefined;
  // A date's pattern is zod's own for ISO dates: the date type says it (YYYY-MM-DD) better.
  const pattern =
    typeof merged['pattern'] === 'string' && valueType !== 'date'
      ? {
          regex: merged['pattern'],
          description: typeof merged[PATTERN_META] === 'string' ? merged[PATTERN_META] : `text matching ${merged['pattern']}`,
        }
      : undefined;
  const label: Text | undefined = description !== undefined ? { key: `records.${recordType}.${name}.label`, en: description } : undefined;
  return {
    name,
    valueType,
    required: present && !nullable,
    ...(!present && { columnOptional: true as const }),
    extensionList: listName !== undefined && (lists.get(listName)?.extension ?? false),
    selfCompleted: false,
    freeText: merged[FREE_TEXT_META] === true,
    path: [],
    ...(label !== undefined && { label }),
    ...(relevant !== undefined && { relevant }),
    ...(listName !== undefined && codes !== undefined && { listName, codes }),
    ...(typeof merged['minimum'] === 'number' && { minimum: merged['minimum'] }),
    ...(typeof merged['maximum'] === 'number' && { maximum: merged['maximum'] }),
    ...(typeof merged['maxLength'] === 'number' && { maxLength: merged['maxLength'] }),
    ...(pattern !== undefined && { pattern }),
  };
}

function valueTypeOf(node: JsonSchemaNode): ValueType | undefined {
  if (node['type'] === 'array') {
    const items = node['items'] as JsonSchemaNode | undefined;
    return items !== undefined && Array.isArray(items['enum']) ? 'codes' : undefined;
  }
  if (Array.isArray(node['enum'])) return 'code';
  if (node['type'] === 'integer') return 'integer';
  if (node['type'] === 'number') return 'number';
  if (node['type'] === 'string') return node['format'] === 'date' ? 'date' : 'string';
  return undefined;
}

/** A fixed list for declared record types: same shape and translation keys as a questionnaire's. */
export function recordList(name: string, entries: readonly (readonly [string, string])[], extension = false): ChoiceList {
  return { name, extension, choices: entries.map(([code, en]) => ({ code, label: { key: choiceKey(name, code), en } })) };
}
