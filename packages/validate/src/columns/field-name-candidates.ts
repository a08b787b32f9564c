import type { FieldDefinition } from '@dh/core';

/** Group separators seen in ODK Central (`grp-q`), KoboToolbox (`grp/q`) and spreadsheet tools (`grp.q`). */
const GROUP_SEPARATORS = ['/', '-', '.'] as const;
/** Between a select_multiple variable and one of its codes: Kobo `q/code`, SPSS-style `q.code` and `q_code`. */
const OPTION_SEPARATORS = ['/', '.', '_', '-', ':'] as const;

/** What a column can stand for. */
export type ColumnTarget =
  { readonly kind: 'field'; readonly field: number } | { readonly kind: 'option'; readonly field: number; readonly code: string };

/**
 * Every name an export may give a field's column: the bare name, and the name behind its
 * group path (or any tail of that path, since exports may drop outer groups) with each
 * separator. `about/age`, `about-age` and `age` all name the field `age`.
 */
export function fieldColumnNames(field: FieldDefinition): string[] {
  const names = [field.name];
  for (let start = field.path.length - 1; start >= 0; start--) {
    const tail = field.path.slice(start);
    for (const separator of GROUP_SEPARATORS) names.push(`${tail.join(separator)}${separator}${field.name}`);
  }
  return names;
}

/**
 * Names of all fields and select_multiple option columns of a record type. Field names win
 * over option names when both spell the same, since a real variable is the likelier meaning.
 */
export function columnTargets(fields: readonly FieldDefinition[]): Map<string, ColumnTarget> {
  const targets = new Map<string, ColumnTarget>();
  fields.forEach((field, index) => {
    if (field.valueType !== 'codes') return;
    for (const base of fieldColumnNames(field)) {
      for (const choice of field.codes ?? []) {
        for (const separator of OPTION_SEPARATORS)
          targets.set(`${base}${separator}${choice.code}`, { kind: 'option', field: index, code: choice.code });
      }
    }
  });
  fields.forEach((field, index) => {
    for (const name of fieldColumnNames(field)) targets.set(name, { kind: 'field', field: index });
  });
  return targets;
}

/**
 * The names in any case, where that stays unambiguous (exports sometimes change case): a name
 * finds the targets whose names differ from it only in case when they all mean the same. Only
 * the names holding capitals are indexed, by their lower case (few: variables are lower-case
 * snake_case); a name in lower case is found in the names themselves. Indexing every name in lower
 * case took 20 ms for each wide record type, on every run, since a file's header is matched
 * against every record type.
 */
export class CaseInsensitiveTargets {
  private readonly capitalised = new Map<string, ColumnTarget | null>();

  constructor(private readonly exact: ReadonlyMap<string, ColumnTarget>) {
    for (const [name, target] of exact) {
      const key = name.toLowerCase();
      if (key === name) continue;
      const existing = this.capitalised.get(key);
      this.capitalised.set(key, existing === undefined || sameTarget(existing, target) ? target : null);
    }
  }

  get(name: string): ColumnTarget | undefined {
    const key = name.toLowerCase();
    const lowerCase = this.exact.get(key);
    const other = this.capitalised.get(key);
    if (other === undefined) return lowerCase;
    if (other === null || (lowerCase !== undefined && !sameTarget(lowerCase, other))) return undefined;
    return other;
  }
}

function sameTarget(a: ColumnTarget | null, b: ColumnTarget): boolean {
  return a !== null && a.kind === b.kind && a.field === b.field && (a.kind === 'field' || (b.kind === 'option' && a.code === b.code));
}
