import type { AnalysisDomain } from './analysis-data.js';

/** How one disaggregation appears in the tidy CSV and how R selects each of its levels. */
export interface DomainColumns {
  readonly domain: AnalysisDomain;
  /** CSV columns and, per row, their cell. */
  readonly columns: readonly { readonly name: string; readonly cell: (row: number) => string }[];
  /** Per level: an R condition on the data's columns. */
  readonly conditions: readonly string[];
  /** The factor column svyby can use, when each row is in at most one level. */
  readonly factor?: string;
}

/** A syntactic R name (letters, digits, `_`, `.`, not starting with a digit or `_`). */
export function rName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.]/g, '_');
  return /^[A-Za-z.]/.test(cleaned) ? cleaned : `d_${cleaned}`;
}

/** Characters that end or bend a line somewhere (C0, DEL, C1, Unicode line and paragraph separators). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * An R string literal holding exactly `text`: backslash and quote escaped, every control
 * character written as a `\uXXXX` escape (NUL, which R strings cannot hold, as U+FFFD),
 * so no value from data or configuration can close the string or start a new line of code.
 */
export const rString = (text: string): string =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(CONTROL, (c) => (c === '\u0000' ? '\\ufffd' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}"`;

/** Text for one R comment line: every control character becomes a space, so it cannot end the comment. */
export const rComment = (text: string): string => text.replace(CONTROL, ' ');

function disjoint(domain: AnalysisDomain, rows: number): boolean {
  for (let i = 0; i < rows; i++) {
    let count = 0;
    for (const mask of domain.masks) count += mask[i] ? 1 : 0;
    if (count > 1) return false;
  }
  return true;
}

/**
 * One column of level codes when levels do not overlap (the usual case: sex, age band), so
 * R can use svyby; otherwise one 0/1 column per level, and each level is its own subset.
 */
export function domainColumns(domain: AnalysisDomain, rows: number, taken: Set<string>): DomainColumns {
  const unique = (name: string): string => {
    let candidate = name;
    for (let k = 2; taken.has(candidate); k++) candidate = `${name}_${k}`;
    taken.add(candidate);
    return candidate;
  };
  if (disjoint(domain, rows)) {
    const name = unique(rName(domain.id));
    const cell = (row: number): string => domain.levels[domain.masks.findIndex((m) => m[row])]?.code ?? '';
    return { domain, columns: [{ name, cell }], conditions: domain.levels.map((l) => `${name} == ${rString(l.code)}`), factor: name };
  }
  const columns = domain.levels.map((level, l) => ({
    name: unique(rName(`${domain.id}__${level.code}`)),
    cell: (row: number): string => (domain.masks[l]?.[row] ? '1' : '0'),
  }));
  return { domain, columns, conditions: columns.map((c) => `${c.name} == 1`) };
}
