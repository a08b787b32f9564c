import type { FieldDefinition, ValueType } from '@dh/core';

/**
 * Cells arrive as text; the published JSON Schema wants typed values. These conversions are
 * strict (ODK writes `14`, `-3.5`; never `1e3`, ` 14 ` or `0x0E`) and cheap: a character
 * loop rather than a regular expression, no allocation for numbers. Text that is not a
 * number stays text, so the schema reports it as a type error with the user's own value.
 */
export function numberOrText(cell: string): number | string {
  const length = cell.length;
  let index = cell.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  let digits = 0;
  let dots = 0;
  for (; index < length; index++) {
    const code = cell.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 46 /* . */ && dots === 0) dots++;
    else return cell;
  }
  return digits === 0 ? cell : Number(cell);
}

/** A select_multiple answer: codes separated by spaces, as ODK and Kobo export it. */
export function codeList(cell: string): string[] {
  const codes = cell.split(' ');
  // Double or edge spaces are rare; filter only then.
  return codes.includes('') ? codes.filter((code) => code !== '') : codes;
}

export type CellCoercion = (cell: string) => unknown;

const asText: CellCoercion = (cell) => cell;

/** How a non-empty cell becomes the value the record's schema checks. */
export function coercionFor(valueType: ValueType): CellCoercion {
  switch (valueType) {
    case 'integer':
    case 'number':
      return numberOrText;
    case 'codes':
      return codeList;
    case 'string':
    case 'date':
    case 'code':
      return asText;
  }
}

/** What a value of a field looks like, for "is not …" messages. */
export function expectedText(field: Pick<FieldDefinition, 'valueType' | 'pattern' | 'maxLength'>): string {
  if (field.pattern !== undefined) return field.pattern.description;
  if (field.valueType === 'string' && field.maxLength !== undefined) return `text of at most ${field.maxLength} characters`;
  switch (field.valueType) {
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'date':
      return 'a date written YYYY-MM-DD';
    case 'string':
      return 'text';
    case 'code':
      return 'one code of the answer list';
    case 'codes':
      return 'codes separated by spaces';
  }
}

/** A 0/1 option column of a select_multiple: true, false, or undefined when unreadable. */
export function optionSelected(cell: string): boolean | undefined {
  switch (cell.trim().toLowerCase()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
    case '':
      return false;
    default:
      return undefined;
  }
}
