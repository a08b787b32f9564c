import type { IdentifierSpan } from './identifier-span.js';
import { isCompactDate, isRoundAmount, numberRuns, type NumberRun } from './number-runs.js';

const MIN_DIGITS = 7;
/** The longest number the ITU plan allows (E.164). */
const MAX_DIGITS = 15;

/**
 * Phone numbers: seven to fifteen digits, with the separators people type between them, optionally
 * after `+`. What else looks like that in survey answers is left alone: dates, school years
 * (`2019-2020`), decimals, sums with dotted thousands (`1.500.000`), round sums, lists of ages or
 * times (`10 12 14`), and plain runs of eight or more digits not starting with 0 (ID numbers).
 */
export function phoneSpans(text: string): IdentifierSpan[] {
  return numberRuns(text)
    .filter(isPhoneRun)
    .map((run) => ({ kind: 'a phone number', start: run.start, end: run.end }));
}

function isPhoneRun(run: NumberRun): boolean {
  if (isDecimal(run) || isDottedAmount(run)) return false;
  const { groups } = run;
  // Any stretch of whole groups may be the number, as long as it stands apart from letters.
  for (let first = 0; first < groups.length; first++) {
    if (first === 0 && run.gluedStart) continue;
    let digits = 0;
    for (let last = first; last < groups.length && digits <= MAX_DIGITS; last++) {
      digits += (groups[last] ?? '').length;
      if (last === groups.length - 1 && run.gluedEnd) break;
      if (isPhone(run, first, last, digits)) return true;
    }
  }
  return false;
}

function isPhone(run: NumberRun, first: number, last: number, digits: number): boolean {
  const plus = run.plus && first === 0;
  const lead = run.groups[first] ?? '';
  if (first === last) {
    if (digits < MIN_DIGITS || isRoundAmount(lead) || isCompactDate(lead)) return false;
    return plus ? digits <= MAX_DIGITS : digits === MIN_DIGITS || (lead.startsWith('0') && digits <= MAX_DIGITS);
  }
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  if (plus) return true;
  const stretch = run.groups.slice(first, last + 1);
  // Ages or times (`10 12 14 16`, `10.30-11.45`); a local number in pairs starts with 0 (`06 12 34 56 78`).
  if (stretch.every((group) => group.length <= 2) && !lead.startsWith('0')) return false;
  return !stretch.every((group) => /^(?:19|20)\d\d$/.test(group));
}

/** `3.14159265`, `1234567.89`: two groups and a single dot. */
function isDecimal(run: NumberRun): boolean {
  return !run.plus && run.groups.length === 2 && run.separators[1] === '.';
}

/** `1.500.000`: thousands separated by dots, as in Indonesian, Vietnamese and many European sums. */
function isDottedAmount(run: NumberRun): boolean {
  const [lead, ...rest] = run.groups;
  if (run.plus || lead === undefined || lead.length > 3 || lead.startsWith('0') || rest.length === 0) return false;
  return rest.every((group) => group.length === 3) && run.separators.slice(1).every((separator) => separator === '.');
}
