import { answerText } from '@dh/core';
import { columnOf, type RecordTable } from '../load/read-record-table.js';

/** The sources named by the records a table reads, each once, in order. */
export function sourcesOf(table: RecordTable, fields: readonly string[], includes: (row: number) => boolean): string[] {
  const columns = fields.map((f) => columnOf(table, f));
  const seen = new Set<string>();
  for (let i = 0; i < table.size; i++) {
    if (!includes(i)) continue;
    const text = columns
      .map((c) => answerText(c[i]))
      .filter((t) => t !== '')
      .join(', ');
    if (text !== '') seen.add(text);
  }
  return [...seen].sort();
}
