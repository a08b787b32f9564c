/**
 * The line on which each element of a top-level JSON array starts, so a problem in record 57 of
 * a pretty-printed export points at the line a partner sees in a text editor. Expects valid JSON;
 * one pass of plain character comparisons, since it runs over documents of hundreds of megabytes.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectingElement = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') line++;
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue;
    const closes = char === ']' || char === '}';
    if (depth === 1 && expectingElement && !closes) {
      lines.push(line);
      expectingElement = false;
    }
    if (char === '"') index = endOfString(text, index);
    else if (char === '[' || char === '{') expectingElement = ++depth === 1;
    else if (closes) depth--;
    else if (char === ',' && depth === 1) expectingElement = true;
  }
  return lines;
}

/** Index of the closing quote of the string that opens at `start` (valid JSON strings hold no raw newline). */
function endOfString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '"') return index;
  }
  return text.length;
}
