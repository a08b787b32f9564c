/**
 * A copy of a cell's text that shares no memory with the parser's chunk. V8 may keep a
 * substring as a view on the large string it came from; a value kept for the whole run (a
 * PSU code, a stratum) must not keep megabytes of CSV alive with it.
 */
export function detachedCopy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
