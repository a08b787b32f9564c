/** Keys that could reach an object's prototype if a later step ever copied records into plain objects. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type LeafKind = 'value' | 'list-of-objects';

/**
 * Text of a JSON leaf as an ODK/Kobo CSV export would show it: a `select_multiple` answer (an
 * array of codes) becomes space-separated codes; numbers keep JavaScript's shortest text.
 */
export function jsonCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return isListOfScalars(value) ? value.map(jsonCellText).join(' ') : JSON.stringify(value);
  return JSON.stringify(value);
}

export function leafKind(value: unknown): LeafKind {
  return Array.isArray(value) && !isListOfScalars(value) ? 'list-of-objects' : 'value';
}

function isListOfScalars(list: readonly unknown[]): boolean {
  return list.every((item) => item === null || typeof item !== 'object');
}
