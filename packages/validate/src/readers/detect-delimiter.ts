export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** In order of preference when counts tie: comma is the RFC 4180 default. */
const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * Picks the delimiter that splits the header line most often, ignoring characters inside quoted
 * names. The header is the safest line to count on: data rows hold decimal commas
 * (`1,5` in a semicolon file) and free text.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
