import { emailSpans } from './email-addresses.js';
import { nameSpans } from './honorific-names.js';
import { IDENTIFIER_PLACEHOLDERS, type IdentifierKind, type IdentifierSpan } from './identifier-span.js';
import { idNumberSpans } from './national-id-numbers.js';
import { phoneSpans } from './phone-numbers.js';
import { addressSpans, mayHoldAddress } from './street-addresses.js';

/**
 * Free text is where personal identifiers leak (docs/methodology.md § data protection). This finds,
 * anywhere in a cell: email addresses, phone numbers (seven to fifteen digits with the separators
 * people type, optionally after `+`), national-ID-like numbers (eight or more digits, or a
 * country's own formats), names after a title or a rank (Mr, Bi, Pak, Ông, Inspector, Judge…), and
 * street addresses or post boxes. Dates, years, ages, decimals, sums and survey codes
 * (`H00012-C2`) are not identifiers.
 *
 * Every scanner is linear in the text, and at most MAX_SCANNED_CHARS characters of a cell are
 * scanned, so one hostile cell cannot stall a run (a backtracking e-mail pattern took 84 seconds
 * on one 325 KB cell).
 */
export type IdentifierInText = IdentifierKind;
export type { IdentifierKind, IdentifierSpan } from './identifier-span.js';

/** Free-text answers run to a few thousand characters; an identifier is looked for in the first 10,000. */
export const MAX_SCANNED_CHARS = 10_000;

export interface IdentifierScanOptions {
  /** A country's national ID formats, added to the default eight-digit rule (see idNumberSpans). */
  readonly idPatterns?: readonly RegExp[];
  /** Titles used before names in the country, added to HONORIFICS and RANKS, written as typed (`Nn.`). */
  readonly honorifics?: readonly string[];
  /** Characters scanned per cell; MAX_SCANNED_CHARS when absent. */
  readonly maxChars?: number;
}

/** The scan options of an assessment's `personalData`: its ID formats (as patterns) and titles. */
export function identifierScanOptions(
  personalData: { readonly idPatterns: readonly string[]; readonly titles: readonly string[] } | undefined,
): IdentifierScanOptions {
  return personalData ? { idPatterns: personalData.idPatterns.map((p) => new RegExp(p, 'g')), honorifics: personalData.titles } : {};
}

/** The kind of the first identifier in the text (by position), or undefined when there is none. */
export function identifierInText(text: string, options: IdentifierScanOptions = {}): IdentifierInText | undefined {
  // Runs once per free-text cell: the first span of each kind is enough, nothing is sorted or merged.
  let first: IdentifierSpan | undefined;
  for (const spans of spansByKind(scannedPart(text, options), options)) {
    for (const span of spans) if (first === undefined || span.start < first.start) first = span;
  }
  return first?.kind;
}

/**
 * The text with each identifier replaced by a placeholder (`[phone number]`, `[email address]`,
 * `[ID number]`, `[name]`, `[address]`), so a message can quote a value safely. Beyond the scanned
 * length the text was not checked, so it is left out, with the word the cut splits, and `…` marks
 * the cut.
 */
export function maskIdentifiers(text: string, options: IdentifierScanOptions = {}): string {
  const scanned = scannedPart(text, options);
  const cut = scanned.length < text.length;
  let masked = '';
  let copied = 0;
  for (const span of identifierSpans(scanned, options)) {
    masked += scanned.slice(copied, span.start) + IDENTIFIER_PLACEHOLDERS[span.kind];
    copied = span.end;
  }
  const tail = scanned.slice(copied);
  // Half a number or address is still a clue.
  const splitsWord = cut && !isSpace(text[scanned.length]);
  return `${masked}${splitsWord ? withoutLastWord(tail) : tail}${cut ? '…' : ''}`;
}

/**
 * Every identifier in the text, in order, overlaps merged. Where two start together, the kind is
 * taken in this order: e-mail, ID number (a country's format before the phone-like digits in it),
 * phone number, street address, name.
 */
export function identifierSpans(text: string, options: IdentifierScanOptions = {}): IdentifierSpan[] {
  const found: IdentifierSpan[] = [];
  // One at a time: spreading a hostile cell's many spans as arguments would overflow the stack.
  for (const spans of spansByKind(text, options)) for (const span of spans) found.push(span);
  // Sorting is stable: on a tie, the order of spansByKind decides.
  return mergeOverlaps(found.sort((a, b) => a.start - b.start));
}

/** Each scanner's finds, in the order that settles ties; cheap checks keep ordinary answers from the scanners. */
function spansByKind(text: string, options: IdentifierScanOptions): IdentifierSpan[][] {
  const idPatterns = options.idPatterns ?? [];
  // Phone and ID numbers need seven digits; an address needs one, and a street word; a name, a space.
  const digits = countDigits(text, 7);
  const lists: IdentifierSpan[][] = [];
  if (text.includes('@')) lists.push(emailSpans(text));
  if (digits >= 7 || idPatterns.length > 0) lists.push(idNumberSpans(text, idPatterns));
  if (digits >= 7) lists.push(phoneSpans(text));
  if (digits > 0 && mayHoldAddress(text)) lists.push(addressSpans(text));
  // A name follows its title after a space (ids and codes, most string cells, have none).
  if (text.includes(' ') || text.includes('\u00a0')) lists.push(nameSpans(text, options.honorifics));
  return lists;
}

function countDigits(text: string, enough: number): number {
  let count = 0;
  for (let index = 0; index < text.length && count < enough; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) count++;
  }
  return count;
}

function mergeOverlaps(sorted: readonly IdentifierSpan[]): IdentifierSpan[] {
  const merged: IdentifierSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else merged.push(span);
  }
  return merged;
}

function scannedPart(text: string, options: IdentifierScanOptions): string {
  const limit = options.maxChars ?? MAX_SCANNED_CHARS;
  return text.length > limit ? text.slice(0, limit) : text;
}

function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !isSpace(text[end - 1])) end--;
  return text.slice(0, end);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && char.trim() === '';
}
