/** What a piece of free text may identify, worded to complete "looks like it holds …". */
export type IdentifierKind = 'an email address' | 'a phone number' | 'an ID number' | 'a name' | 'a street address';

/** Where an identifier was found: `text.slice(start, end)` is what a safe message must not show. */
export interface IdentifierSpan {
  readonly kind: IdentifierKind;
  readonly start: number;
  readonly end: number;
}

/** What a masked message shows instead of each kind. */
export const IDENTIFIER_PLACEHOLDERS: Readonly<Record<IdentifierKind, string>> = {
  'an email address': '[email address]',
  'a phone number': '[phone number]',
  'an ID number': '[ID number]',
  'a name': '[name]',
  'a street address': '[address]',
};
