import type { IdentifierSpan } from './identifier-span.js';

/**
 * Email addresses, found the way the pattern `[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`
 * would find them, but by scanning out from each `@`: no character class here holds `@`, so the
 * stretches scanned around successive at signs never overlap and the whole search is linear. (That
 * pattern, run as a regular expression, is quadratic: one 325 KB cell took 84 seconds.)
 */
export function emailSpans(text: string): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const end = domainEnd(text, at + 1);
    if (end !== undefined) spans.push({ kind: 'an email address', start, end });
  }
  return spans;
}

/**
 * End of a domain starting at `from`: labels of letters, digits and hyphens joined by single dots,
 * the last of which starts with two letters (`.org`, `.co.tz`). Undefined when there is none.
 */
function domainEnd(text: string, from: number): number | undefined {
  let end: number | undefined;
  let labelStart = from;
  for (let index = from; index <= text.length; index++) {
    const code = text.charCodeAt(index);
    if (isLabelChar(code)) continue;
    // An empty label ('..', a leading dot) ends the domain; so does any other character.
    if (index === labelStart) break;
    if (labelStart > from && isLetter(text.charCodeAt(labelStart)) && isLetter(text.charCodeAt(labelStart + 1))) end = index;
    if (code !== 0x2e) break;
    labelStart = index + 1;
  }
  return end;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isLabelChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

function isLocalChar(code: number): boolean {
  return isLabelChar(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b;
}
