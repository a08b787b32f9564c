/** A part name read from a hostile zip, safe to put in a message: short, with no control characters. */
export function shownPartName(name: string): string {
  let clean = '';
  for (const char of name.slice(0, 101)) {
    const code = char.charCodeAt(0);
    clean += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '?' : char;
  }
  return clean.length > 100 ? `${clean.slice(0, 100)}…` : clean;
}
