const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * True when a CR ends a line on its own (old Mac files, or a line pasted from one), not as half of
 * a CRLF. CRLF needs no rewriting: papaparse, reading LF, drops the CR after a closing quote, and
 * the chunk parser trims it from an unquoted last cell. Only a lone CR needs `normalizeLineBreaks`.
 */
export function hasLoneCarriageReturn(text: string): boolean {
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) !== LF) return true;
  }
  return false;
}

/**
 * Rewrites every line break outside quoted values as LF, whichever of CRLF, LF or a lone CR it was,
 * line by line; line breaks inside quoted values are part of the value and stay as written.
 *
 * What counts as quoted follows papaparse's own rules, so the two agree: a quote opens a value only
 * at the start of a field (`5'6"` is text); inside, `""` is a quote, and a quote closes the value
 * only when a delimiter or line break follows it, after spaces (a stray quote leaves it open).
 * `text` must start at the start of a record. Linear: the scan only moves forward.
 */
export function normalizeLineBreaks(text: string, delimiter: string): string {
  const parts: string[] = [];
  let copied = 0;
  let index = 0;
  let nextQuote = text.indexOf('"');
  for (;;) {
    const cr = text.indexOf('\r', index);
    if (cr === -1) break;
    while (nextQuote !== -1 && nextQuote < cr && !opensValue(text, nextQuote, delimiter)) nextQuote = text.indexOf('"', nextQuote + 1);
    if (nextQuote !== -1 && nextQuote < cr) {
      index = afterClosingQuote(text, nextQuote, delimiter);
      // Never closed in this text: the rest is inside the value.
      if (index === -1) break;
      nextQuote = text.indexOf('"', index);
      continue;
    }
    parts.push(text.slice(copied, cr), '\n');
    copied = index = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Index just after the line break that ends the record starting at `start` (a record start),
 * reading quoted values by papaparse's rules; -1 when the record does not end in `text`, or a
 * quoted value in it is never closed there.
 */
export function recordEndAfterQuotes(text: string, start: number, delimiter: string): number {
  let index = start;
  // The first line break at or after `index`, looked for again only once a quoted value passes it (so a line of stray quotes costs one pass).
  let lf = text.indexOf('\n', index);
  for (;;) {
    if (lf === -1) return -1;
    const quote = text.indexOf('"', index);
    if (quote === -1 || lf < quote) return lf + 1;
    if (!opensValue(text, quote, delimiter)) {
      index = quote + 1;
      continue;
    }
    index = afterClosingQuote(text, quote, delimiter);
    if (index === -1) return -1;
    if (index > lf) lf = text.indexOf('\n', index);
  }
}

function opensValue(text: string, quote: number, delimiter: string): boolean {
  if (quote === 0) return true;
  const before = text.charCodeAt(quote - 1);
  return before === LF || before === CR || text[quote - 1] === delimiter;
}

/** Index just after the quote that closes the value opened at `open`, or -1 when none does. */
function afterClosingQuote(text: string, open: number, delimiter: string): number {
  let search = open + 1;
  for (;;) {
    const quote = text.indexOf('"', search);
    if (quote === -1) return -1;
    // papaparse searches on from two characters later, after a doubled quote and a stray one alike.
    search = quote + 2;
    if (text.charCodeAt(quote + 1) === QUOTE) continue;
    let after = quote + 1;
    while (after < text.length && isSpaceBeforeSeparator(text[after] ?? '', delimiter)) after++;
    const next = text.charCodeAt(after);
    if (after >= text.length || next === LF || next === CR || text[after] === delimiter) return quote + 1;
  }
}

function isSpaceBeforeSeparator(char: string, delimiter: string): boolean {
  return char !== delimiter && char !== '\r' && char !== '\n' && char.trim() === '';
}
