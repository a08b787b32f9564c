// The page's `utf8Text` (validate `src/readers/utf8-text.ts`): the browser's own decoder, where the
// `buffer` package would decode in JavaScript.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Well-formed UTF-8 ending on a whole character, as text (a byte order mark kept, as Node's Buffer keeps it). */
export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
