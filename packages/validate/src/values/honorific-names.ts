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

/**
 * Ranks and offices of the police, the courts and parliament, written before a name as a title
 * ("Inspector Mwangi", "Judge Otieno", "Honourable Wetang'ula"): law-enforcement, duty-bearer and
 * access-to-justice interviews name officers and magistrates this way. Capitalised only, so "the
 * inspector said" is not a title. Unlike "Mr", these words end sentences ("we went to the
 * Magistrate. She…"), so they take no dot; "Inspector General" and the like are titles of their
 * own, so the office alone ("the Inspector General said") is not read as a name.
 */
export const RANKS: readonly string[] = [
  'Inspector',
  'Inspector General',
  'Sergeant',
  'Corporal',
  'Constable',
  'Detective',
  'Officer',
  'Superintendent',
  'Commissioner',
  'Commissioner General',
  'Judge',
  'Justice',
  'Magistrate',
  'Prosecutor',
  'Prosecutor General',
  'Honourable',
  'Honorable',
];

/** Abbreviated ranks, with or without their dot: "Insp. Mwangi", "Sgt Kamau", "Hon. Otieno". */
export const RANK_ABBREVIATIONS: readonly string[] = ['Insp', 'Sgt', 'Cpl', 'Supt', 'Hon'];

/**
 * Words that, right after a rank, name an office, an institution or a text
 * rather than a person: "Access to Justice Programme", "Officer In Charge", "Officer Commanding
 * Station", "Juvenile Justice Act", "Ministry of Justice Circular". A value holding a personal
 * identifier fails validation, and legal reviews cite such names, so they must not read as names.
 */
const NOT_A_NAME = new Set([
  'act',
  'acts',
  'agency',
  'amendment',
  'and',
  'authority',
  'bill',
  'board',
  'branch',
  'bureau',
  'center',
  'centre',
  'charge',
  'circular',
  'code',
  'college',
  'commanding',
  'commission',
  'committee',
  'council',
  'court',
  'courts',
  'department',
  'directive',
  'directorate',
  'division',
  'for',
  'fund',
  'in',
  'institute',
  'law',
  'laws',
  'ministry',
  'network',
  'of',
  'office',
  'plan',
  'policy',
  'program',
  'programme',
  'project',
  'reform',
  'reforms',
  'regulations',
  'rules',
  'school',
  'sector',
  'service',
  'services',
  'station',
  'strategy',
  'system',
  'systems',
  'team',
  'training',
  'tribunal',
  'unit',
]);

const RANK_TITLES: ReadonlySet<string> = new Set([...RANKS, ...RANK_ABBREVIATIONS]);

/** A name: one to three capitalised words, the first of two letters at least, after one to three spaces. */
const NAME = /[ \u00a0]{1,3}\p{Lu}[\p{L}\p{M}'’-]*\p{L}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,2}/uy;

/**
 * Names after a title: "Mr Juma", "Mrs. Wanjiku Kamau", "Ông Nguyễn Văn Nam", "Inspector Mwangi".
 * Only the name is marked (a masked message keeps "Mr [name]"). `extra` adds titles, written as
 * they are typed.
 * Linear: titles are found by one alternation of fixed words, and each name by a pattern whose
 * parts cannot match the same characters.
 */
export function nameSpans(text: string, extra: readonly string[] = []): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  // The shared pattern is safe: nothing here yields or awaits while it is in use.
  const titles = extra.length === 0 ? DEFAULT_TITLES : titlePattern([...DOTTED_TITLES, ...extra], RANKS);
  titles.lastIndex = 0;
  for (let title = titles.exec(text); title !== null; title = titles.exec(text)) {
    if (!startsWord(text, title.index)) continue;
    NAME.lastIndex = titles.lastIndex;
    if (!NAME.test(text)) continue;
    const start = titles.lastIndex + leadingSpaces(text, titles.lastIndex);
    // Only a rank names offices and laws ("Justice Bill", "Officer In Charge"); after "Mr" a word
    // of that list is a name ("Mr Bill Kamau").
    if (RANK_TITLES.has(title[0].replace(/\.$/, '')) && NOT_A_NAME.has(firstWord(text, start, NAME.lastIndex).toLowerCase())) continue;
    spans.push({ kind: 'a name', start, end: NAME.lastIndex });
    titles.lastIndex = NAME.lastIndex;
  }
  return spans;
}

/** `dotted` titles may be followed by a dot (written with one, they need it); `plain` ones never are. */
function titlePattern(dotted: readonly string[], plain: readonly string[]): RegExp {
  const words = [
    ...dotted.map((title) => ({ title, pattern: title.endsWith('.') ? escape(title) : `${escape(title)}\\.?` })),
    ...plain.map((title) => ({ title, pattern: escape(title) })),
  ];
  // Longest first, so that "Mrs" is not read as "Mr" followed by "s".
  words.sort((a, b) => b.title.length - a.title.length);
  return new RegExp(`(?:${words.map((word) => word.pattern).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}

const DOTTED_TITLES: readonly string[] = [...HONORIFICS, ...RANK_ABBREVIATIONS];
const DEFAULT_TITLES = titlePattern(DOTTED_TITLES, RANKS);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The name's first word: at most as long as the name just matched, so looking at it keeps the scan linear. */
function firstWord(text: string, start: number, end: number): string {
  let stop = start;
  while (stop < end && text[stop] !== ' ' && text[stop] !== '\u00a0') stop++;
  return text.slice(start, stop);
}

function leadingSpaces(text: string, from: number): number {
  let count = 0;
  while (text[from + count] === ' ' || text[from + count] === '\u00a0') count++;
  return count;
}
