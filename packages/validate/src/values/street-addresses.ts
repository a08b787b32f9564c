import type { IdentifierSpan } from './identifier-span.js';
import { startsWord } from './word-boundary.js';

/** Words for a street, in any case, with an optional dot (`Rd.`, `Jl.`). */
const STREET_WORDS = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'ln',
  'barabara',
  'mtaa',
  'rue',
  'calle',
  'avenida',
  'rua',
  'jalan',
  'jl',
  'duong',
  'đường',
]);
/** Languages that put the street word first, capitalised: "Jalan Sudirman 5", "Calle Mayor 12". */
const STREET_FIRST = ['Barabara', 'Mtaa', 'Rue', 'Calle', 'Avenida', 'Rua', 'Jalan', 'Jl', 'Duong', 'Đường', 'Avenue'];
/** Small words inside a street name: "Barabara ya Nyerere", "Calle de la Paz". */
const CONNECTORS = new Set(['ya', 'wa', 'la', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'van']);
/** Words between the street name and its number: "Jalan Sudirman No. 5". */
const NUMBER_WORDS = new Set(['no', 'nomor', 'nº', 'num', '#']);
/** Name words between a number and a street word, or a street word and a number. */
const MAX_NAME_WORDS = 3;

/** A house number standing alone: up to five digits and perhaps a letter (`221B`). */
const HOUSE_NUMBER = /\d{1,5}\p{L}?(?![\p{L}\p{N}])/gu;
const STREET_FIRST_WORD = new RegExp(`(?:${STREET_FIRST.join('|')})\\.?(?![\\p{L}\\p{M}])`, 'gu');
/** The next word or number, one to three spaces on: a comma or full stop ends an address. */
const NEXT_TOKEN = /[ \u00a0]{1,3}(?:\p{L}[\p{L}\p{M}'’]*\.?|\d+\p{L}*|#)/uy;
const PO_BOX = /(?:P\.?\s?O\.?\s?Box|S\.?\s?L\.?\s?P\.?)\s{0,3}\d+/giu;

const ANY_STREET_WORD = new RegExp(`(?:${[...STREET_WORDS, 'box', 's\\.?\\s?l\\.?\\s?p'].join('|')})(?![\\p{L}\\p{M}])`, 'giu');

/** One quick look that spares most answers the word-by-word pass: no street word, no address. */
export function mayHoldAddress(text: string): boolean {
  if (!hasTwoLetterStart(text)) return false;
  ANY_STREET_WORD.lastIndex = 0;
  for (let found = ANY_STREET_WORD.exec(text); found !== null; found = ANY_STREET_WORD.exec(text)) {
    if (startsWord(text, found.index)) return true;
  }
  return false;
}

/**
 * Street addresses: a house number then a street word, with up to three capitalised name words
 * between (`12 Moi Avenue`, `7 rue Lepic`, `221B Baker Street`); a capitalised street word then its
 * name and number, where languages put the street first (`Jalan Sudirman No. 5`, `Calle Mayor 12`);
 * and post boxes (`P.O. Box 1234`, Swahili `S.L.P. 567`). "3 km along the road" has no capitalised
 * name, so it is no address. Linear: each number or street word looks a bounded number of words on.
 */
export function addressSpans(text: string): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  // Shared patterns are safe: nothing here yields or awaits while one is in use.
  for (const [pattern, end] of [
    [HOUSE_NUMBER, numberFirstEnd],
    [STREET_FIRST_WORD, streetFirstEnd],
    [PO_BOX, matchEnd],
  ] as const) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
      // Each pattern starts a word: `x12 Road` or `Xrue` is not an address (a post box may follow digits).
      const stop = startsWord(text, found.index, pattern === PO_BOX) ? end(text, pattern.lastIndex) : undefined;
      if (stop !== undefined) spans.push({ kind: 'a street address', start: found.index, end: stop });
    }
  }
  return spans;
}

/** After a house number: capitalised name words, then a street word (`12 Moi Avenue`). */
function numberFirstEnd(text: string, from: number): number | undefined {
  let position = from;
  for (let words = 0; words <= MAX_NAME_WORDS; words++) {
    const token = nextToken(text, position);
    if (token === undefined) return undefined;
    if (STREET_WORDS.has(bare(token.text))) return token.end;
    if (!/^\p{Lu}/u.test(token.text)) return undefined;
    position = token.end;
  }
  return undefined;
}

/** After a street word that comes first: its name, perhaps "No.", then the number (`Calle Mayor 12`). */
function streetFirstEnd(text: string, from: number): number | undefined {
  let position = from;
  let names = 0;
  for (let tokens = 0; tokens <= MAX_NAME_WORDS + 3; tokens++) {
    const token = nextToken(text, position);
    if (token === undefined) return undefined;
    if (/^\d{1,5}\p{L}?$/u.test(token.text)) return token.end;
    const word = bare(token.text);
    if (!NUMBER_WORDS.has(word) && !CONNECTORS.has(word) && (!/^\p{Lu}/u.test(token.text) || ++names > MAX_NAME_WORDS)) return undefined;
    position = token.end;
  }
  return undefined;
}

function matchEnd(_text: string, from: number): number {
  return from;
}

function nextToken(text: string, from: number): { text: string; end: number } | undefined {
  NEXT_TOKEN.lastIndex = from;
  const found = NEXT_TOKEN.exec(text);
  return found === null ? undefined : { text: found[0].trimStart(), end: NEXT_TOKEN.lastIndex };
}

/** Lower case, without an abbreviation's dot. */
function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/**
 * Every street word begins with a letter followed by a letter, a dot or a space (`st`, `s.l.p`,
 * `s l p`): an id such as `H00012` has none, and is spared the pattern. Any character beyond
 * ASCII counts as a letter or a space here, so nothing the pattern could match is passed over.
 */
function hasTwoLetterStart(text: string): boolean {
  for (let index = 0; index + 1 < text.length; index++) {
    if (!mayBeLetter(text.charCodeAt(index))) continue;
    const next = text.charCodeAt(index + 1);
    if (mayBeLetter(next) || next === 0x2e || next === 0x20 || (next >= 0x09 && next <= 0x0d)) return true;
  }
  return false;
}

function mayBeLetter(code: number): boolean {
  return code >= 0x80 || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
