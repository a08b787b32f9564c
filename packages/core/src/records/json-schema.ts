import { z } from 'zod';
import type { RecordType } from './record-type.js';
import { recordSchema } from './record-schema.js';

export type JsonSchema = Record<string, unknown>;

/** The published JSON Schema (draft 2020-12) of a record type, derived from its zod schema. */
export function recordJsonSchema(recordType: RecordType, idBase = 'https://dh.invalid/schema'): JsonSchema {
  const generated = z.toJSONSchema(recordSchema(recordType), { target: 'draft-2020-12' }) as JsonSchema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${idBase}/${recordType.instrumentId}/${recordType.name}.schema.json`,
    ...generated,
    'x-dh-record-type': recordType.name,
    'x-dh-instrument': `${recordType.instrumentId}@${recordType.instrumentVersion}`,
    'x-dh-key': recordType.key,
  };
}
