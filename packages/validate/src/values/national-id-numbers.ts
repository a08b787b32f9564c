import type { IdentifierSpan } from './identifier-span.js';
import { isCompactDate, isRoundAmount, numberRuns } from './number-runs.js';

/** Shorter runs are ages, years, counts and codes; national ID numbers have eight digits or more. */
const MIN_ID_DIGITS = 8;
/** Up to here a run starting with 0 is read as a phone number (E.164 allows fifteen digits). */
const MAX_PHONE_DIGITS = 15;

/**
 * National-ID-like numbers. By default: a run of eight or more digits on its own (no separators,
 * no letters touching it) that is not a date (`20210305`) or a round sum, and that does not read
 * as a phone number (a leading 0 or `+`). `countryPatterns` adds a country's own formats, for
 * example `/\b\d{6}-\d{2}-\d{4}\b/` (Malaysia's MyKad) or `/\bC[MF][A-Z0-9]{12}\b/` (Uganda's NIN).
 * They run on text already cut to the scanned length; keep them free of nested quantifiers
 * (`(a+)+`) so that they stay linear.
 */
export function idNumberSpans(text: string, countryPatterns: readonly RegExp[] = []): IdentifierSpan[] {
  const spans: IdentifierSpan[] = [];
  for (const run of numberRuns(text)) {
    const [digits] = run.groups;
    if (run.groups.length !== 1 || digits === undefined || run.plus || run.gluedStart || run.gluedEnd) continue;
    if (digits.length < MIN_ID_DIGITS || isCompactDate(digits) || isRoundAmount(digits)) continue;
    if (digits.startsWith('0') && digits.length <= MAX_PHONE_DIGITS) continue;
    spans.push({ kind: 'an ID number', start: run.start, end: run.end });
  }
  for (const pattern of countryPatterns) addPatternSpans(spans, text, pattern);
  return spans.sort((a, b) => a.start - b.start);
}

function addPatternSpans(spans: IdentifierSpan[], text: string, pattern: RegExp): void {
  // A global copy, so the caller's pattern (and its lastIndex) is never touched.
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let found = global.exec(text); found !== null; found = global.exec(text)) {
    if (found[0] === '') global.lastIndex++;
    else spans.push({ kind: 'an ID number', start: found.index, end: found.index + found[0].length });
  }
}
