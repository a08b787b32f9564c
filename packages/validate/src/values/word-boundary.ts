const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * True when no letter, mark or digit (or, with `afterDigits`, no letter or mark) stands right before
 * `index`: a word starts there. Checked in code after a match, rather than as a lookbehind at the
 * front of a pattern, so that the regular expression engine can skip straight to where the
 * pattern's first character occurs.
 */
export function startsWord(text: string, index: number, afterDigits = false): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: look at the whole character.
  const char = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
  return !(afterDigits ? LETTER : WORD_CHAR).test(char);
}
