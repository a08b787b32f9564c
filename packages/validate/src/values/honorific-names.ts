import type { IdentifierSpan } from './identifier-span.js';
import { startsWord } from './word-boundary.js';

/**
 * Titles written before a person's name, as typed in running text, in the languages of the survey
 * countries: English, Swahili (Bw, Bi, Mwalimu), Spanish and Portuguese (Sr, Sra, Dona), Italian
 * (Sig), French (M., Mme, Mlle), Indonesian and Malay (Pak, Bu, Ibu, Encik, Puan), Thai and Lao
 * (Nang, Khun), Vietnamese (Ông, Bà), Amharic (Ato). Matched exactly as written here, so `miss` in
 * "I miss Mombasa" is not a title; `M.` needs its dot, `M` alone is too common.
 */
export const HONORIFICS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Bw',
  'Bwana',
  'Bi',
  'Bibi',
  'Mwalimu',
  'Sr',
  'Sra',
  'Srta',
  'Dona',
  'Sig',
  'Sigra',
  'M.',
  'Mme',
  'Mlle',
  'Pak',
  'Bapak',
  'Bu',
  'Ibu',
  'Encik',
  'Puan',
  'Sdr',
  'Sdri',
  'Nang',
  'Khun',
  'Ông',
  'Bà',
  'Ato',
];

/** A name: one to three capitalised words, the first of two letters at least, after one to three spaces. */
const NAME = /[ \u00a0]{1,3}\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,2}/uy;

/**
 * Names after a title: "Mr Juma", "Mrs. Wanjiku Kamau", "Ông Nguyễn Văn Nam". Only the name is
 * marked (a masked message keeps "Mr [name]"). `extra` adds titles, written as they are typed.
 * Linear: titles are found by one alternation of fixed words, and each name by a pattern whose
 * parts cannot match the same characters.
 */
export function nameSpans(text: string, extra: readonly string[] = []): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  // The shared pattern is safe: nothing here yields or awaits while it is in use.
  const titles = extra.length === 0 ? DEFAULT_TITLES : titlePattern([...HONORIFICS, ...extra]);
  titles.lastIndex = 0;
  for (let title = titles.exec(text); title !== null; title = titles.exec(text)) {
    if (!startsWord(text, title.index)) continue;
    NAME.lastIndex = titles.lastIndex;
    if (!NAME.test(text)) continue;
    spans.push({ kind: 'a name', start: titles.lastIndex + leadingSpaces(text, titles.lastIndex), end: NAME.lastIndex });
    titles.lastIndex = NAME.lastIndex;
  }
  return spans;
}

function titlePattern(titles: readonly string[]): RegExp {
  // Longest first, so that "Mrs" is not read as "Mr" followed by "s"; a title's own dot is optional.
  const words = [...titles]
    .sort((a, b) => b.length - a.length)
    .map((title) => (title.endsWith('.') ? escape(title) : `${escape(title)}\\.?`));
  return new RegExp(`(?:${words.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}

const DEFAULT_TITLES = titlePattern(HONORIFICS);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function leadingSpaces(text: string, from: number): number {
  let count = 0;
  while (text[from + count] === ' ' || text[from + count] === '\u00a0') count++;
  return count;
}
