import { UNSAFE_KEYS, jsonCellText, leafKind, type LeafKind } from './json-cell-text.js';
import { MAX_JSON_DEPTH, nestingDepth } from './nesting-depth.js';

export type LeafVisitor = (column: string, text: string, kind: LeafKind) => void;

/** Why a record is refused: a key that could reach a prototype, or nesting past MAX_JSON_DEPTH. */
export interface RecordFault {
  readonly kind: 'unsafe-key' | 'too-deep';
  /** The flattened field where it was found. */
  readonly column: string;
}

/** Deeper nesting is no survey group structure; it is kept as JSON text in one cell. */
const MAX_DEPTH = 32;

/**
 * Walks a parsed record and calls `visit` once per leaf, naming nested fields with `/` the way
 * ODK and Kobo name grouped questions (`household/size`). Keys are only read, never assigned to
 * an object, so a hostile key cannot reach a prototype; still, the first unsafe key stops the
 * walk and is returned, because such a file is refused. So is a leaf nested past MAX_JSON_DEPTH,
 * found before its JSON text is made (JSON.stringify would overflow the stack on it).
 */
export function flattenRecord(record: object, visit: LeafVisitor, prefix = '', depth = 0): RecordFault | undefined {
  for (const key of Object.keys(record)) {
    const column = prefix === '' ? key : `${prefix}/${key}`;
    if (UNSAFE_KEYS.has(key)) return { kind: 'unsafe-key', column };
    const value: unknown = Object.getOwnPropertyDescriptor(record, key)?.value;
    if (isPlainRecord(value) && depth < MAX_DEPTH) {
      const fault = flattenRecord(value, visit, column, depth + 1);
      if (fault !== undefined) return fault;
    } else {
      // The record itself and each enclosing group are one level each.
      const room = MAX_JSON_DEPTH - depth - 1;
      if (typeof value === 'object' && value !== null && nestingDepth(value, room) > room) return { kind: 'too-deep', column };
      visit(column, jsonCellText(value), leafKind(value));
    }
  }
  return undefined;
}

export function isPlainRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
