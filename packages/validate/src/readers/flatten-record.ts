import { UNSAFE_KEYS, jsonCellText, leafKind, type LeafKind } from './json-cell-text.js';

export type LeafVisitor = (column: string, text: string, kind: LeafKind) => void;

/** Deeper nesting is no survey group structure; it is kept as JSON text in one cell. */
const MAX_DEPTH = 32;

/**
 * Walks a parsed record and calls `visit` once per leaf, naming nested fields with `/` the way
 * ODK and Kobo name grouped questions (`household/size`). Keys are only read, never assigned to
 * an object, so a hostile key cannot reach a prototype; still, the first unsafe key stops the
 * walk and is returned, because such a file is refused.
 */
export function flattenRecord(record: object, visit: LeafVisitor, prefix = '', depth = 0): string | undefined {
  for (const key of Object.keys(record)) {
    const column = prefix === '' ? key : `${prefix}/${key}`;
    if (UNSAFE_KEYS.has(key)) return column;
    const value: unknown = Object.getOwnPropertyDescriptor(record, key)?.value;
    if (isPlainRecord(value) && depth < MAX_DEPTH) {
      const unsafe = flattenRecord(value, visit, column, depth + 1);
      if (unsafe !== undefined) return unsafe;
    } else {
      visit(column, jsonCellText(value), leafKind(value));
    }
  }
  return undefined;
}

export function isPlainRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
