/**
 * Free text is where personal identifiers leak (docs/methodology.md § data protection). These
 * patterns look for an email address or a phone number anywhere in the text: seven or more
 * digits in a row, allowing the spaces, dots, dashes and brackets people type between them,
 * optionally after `+`. A year ("2021") or an age never reaches seven digits.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PHONE = /(?:\+|\b)\d(?:[ .()-]{0,2}\d){6,14}\b/;

export type IdentifierInText = 'an email address' | 'a phone number';

export function identifierInText(text: string): IdentifierInText | undefined {
  // Cheap pre-checks keep ordinary answers away from the regular expressions.
  if (text.includes('@') && EMAIL.test(text)) return 'an email address';
  if (text.length >= 7 && PHONE.test(text)) return 'a phone number';
  return undefined;
}
