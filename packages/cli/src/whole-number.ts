import { UserError } from './user-error.js';

/** A flag's value as a whole number of at least `min`; a clear message (with an example, when given) otherwise. */
export function wholeNumber(flag: string, text: string, min: number, example?: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min)
    throw new UserError(
      `${flag} must be a whole number of at least ${min}, not "${text}"${example === undefined ? '' : ` (e.g. ${flag} ${example})`}.`,
    );
  return value;
}
