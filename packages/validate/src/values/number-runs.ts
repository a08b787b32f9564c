/**
 * Runs of digits as people type phone and ID numbers: groups of digits joined by one or two of
 * space, dot, dash and brackets (`+254 712-345 678`, `(021) 555 0199`). Dates are recognised first
 * and never join a run, so `2021-03-05 0712345678` is a date and a number, not one long number.
 */
export interface NumberRun {
  /** The digit groups in order, as text. */
  readonly groups: readonly string[];
  /** What joins each group to the one before (`separators[0]` is empty). */
  readonly separators: readonly string[];
  /** A `+` stands right before the first digit. */
  readonly plus: boolean;
  /** A letter, digit or underscore touches the run at its start or end (`A1234567`, `10B`). */
  readonly gluedStart: boolean;
  readonly gluedEnd: boolean;
  /** Span in the text, from the `+` or an area code's opening bracket to the last digit. */
  readonly start: number;
  readonly end: number;
}

const SEPARATOR = /[ .()-]{1,2}(?=\d)/y;
const DIGITS = /\d+/y;
const NEXT_DIGIT = /\d/g;
/** Bounded patterns, tried only where a run would start: constant work per position. */
const DATE = new RegExp(
  [
    String.raw`(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)`,
    String.raw`(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|[12]\d|3[01])\2(?:19|20)\d\d(?!\d)`,
  ].join('|'),
  'y',
);

export function numberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  // Module-level patterns are safe to share: nothing here yields or awaits between their uses.
  NEXT_DIGIT.lastIndex = 0;
  for (let found = NEXT_DIGIT.exec(text); found !== null; found = NEXT_DIGIT.exec(text)) {
    const run = readRun(text, found.index);
    NEXT_DIGIT.lastIndex = run.resumeAt;
    if (run.groups.length > 0) runs.push(run);
  }
  return runs;
}

function readRun(text: string, first: number): NumberRun & { resumeAt: number } {
  const groups: string[] = [];
  const separators: string[] = [];
  let position = first;
  let separator = '';
  for (;;) {
    DATE.lastIndex = position;
    if (DATE.test(text)) {
      // A date ends the run before it; on its own, it is skipped whole.
      if (groups.length === 0) return { ...emptyRun(first), resumeAt: DATE.lastIndex };
      break;
    }
    DIGITS.lastIndex = position;
    DIGITS.test(text);
    groups.push(text.slice(position, DIGITS.lastIndex));
    separators.push(separator);
    position = DIGITS.lastIndex;
    SEPARATOR.lastIndex = position;
    if (!SEPARATOR.test(text)) break;
    separator = text.slice(position, SEPARATOR.lastIndex);
    position = SEPARATOR.lastIndex;
  }
  const last = groups.length === 0 ? first : lastDigitEnd(text, first, groups, separators);
  const plus = text[first - 1] === '+';
  // An area code in brackets, `(021) 555 0199`; not the bracket of an aside, `(0712 345 678, …)`.
  const bracketed = text[first - 1] === '(' && separators[1]?.startsWith(')') === true;
  const opening = plus || bracketed ? first - 1 : first;
  return {
    groups,
    separators,
    plus,
    gluedStart: isWordChar(text.charCodeAt(first - 1)),
    gluedEnd: isWordChar(text.charCodeAt(last)),
    start: opening,
    end: last,
    resumeAt: last,
  };
}

function lastDigitEnd(text: string, first: number, groups: readonly string[], separators: readonly string[]): number {
  let end = first;
  for (let index = 0; index < groups.length; index++) end += (separators[index] ?? '').length + (groups[index] ?? '').length;
  return end;
}

function emptyRun(at: number): NumberRun {
  return { groups: [], separators: [], plus: false, gluedStart: false, gluedEnd: false, start: at, end: at };
}

/** `\w` as regular expressions mean it without the `u` flag: what makes `\b` false. */
function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** A calendar date written without separators (YYYYMMDD or DDMMYYYY). */
export function isCompactDate(digits: string): boolean {
  return digits.length === 8 && (DATE_YMD.test(digits) || DATE_DMY.test(digits));
}

const DATE_YMD = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const DATE_DMY = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d$/;

/** A round sum of money (`1500000`, `250000`): survey answers hold many; phones and IDs rarely end so. */
export function isRoundAmount(digits: string): boolean {
  return digits[0] !== '0' && digits.endsWith('0000');
}
