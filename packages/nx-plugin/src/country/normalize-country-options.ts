import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { checkLanguageTag, countryName, isCountryCode, ISO_3166_ALPHA2 } from '@dh/core';
import type { CountryOptions, NormalizedCountryOptions } from './country-options.js';

export type NormalizeResult =
  | { readonly status: 'success'; readonly options: NormalizedCountryOptions }
  | { readonly status: 'failure'; readonly errors: readonly string[] };

const list = (value: string | readonly string[] | undefined): string[] =>
  value === undefined ? [] : (typeof value === 'string' ? value.split(',') : [...value]).map((s) => s.trim()).filter((s) => s !== '');

/** Checks every option and says, for each bad one, what is wrong and what to give instead. */
export function normalizeCountryOptions(raw: CountryOptions, workspaceRoot: string, availableActivities: readonly string[]): NormalizeResult {
  const errors: string[] = [];
  const iso = raw.iso.trim().toUpperCase();
  if (!isCountryCode(iso)) errors.push(unknownIso(raw.iso));
  const name = raw.name.trim();
  if (name === '' || name.length > 100 || /[\\/\u0000-\u001f]|\.\./.test(name)) {
    errors.push(`Country name "${raw.name}" is not usable: give the plain name (1–100 characters, no slashes, ".." or control characters), e.g. "Kenya".`);
  }
  const languages = list(raw.languages);
  if (languages.length === 0) errors.push('No language given: name at least one BCP 47 tag, e.g. --languages en,sw.');
  for (const tag of languages) {
    const check = checkLanguageTag(tag);
    if (!check.valid) errors.push(`Unknown language tag "${tag}" (${check.reason}): use a BCP 47 tag such as en, sw, fr, pt-MZ or km.`);
  }
  const activities = list(raw.activities);
  const chosen = activities.length > 0 ? activities : [...availableActivities];
  for (const id of chosen) {
    if (!availableActivities.includes(id)) errors.push(`Unknown or uninstalled activity "${id}": choose from ${availableActivities.join(', ') || '(none installed)'}.`);
  }
  const directory = checkDirectory(raw.directory ?? `assessments/${iso.toLowerCase()}`, workspaceRoot, errors);
  const ageMin = raw.ageMin ?? 12;
  const ageMax = raw.ageMax ?? 17;
  if (!Number.isInteger(ageMin) || !Number.isInteger(ageMax) || ageMin < 5 || ageMax > 25 || ageMin > ageMax) {
    errors.push(`Survey age range ${ageMin}–${ageMax} is not valid: give whole years with min ≤ max, between 5 and 25 (most countries: 12–17).`);
  }
  const strata = parseStrata(raw.strata ?? 'national_urban:National, urban;national_rural:National, rural', errors);
  const today = new Date().toISOString().slice(0, 10);
  const fieldworkStart = raw.fieldworkStart ?? today;
  const fieldworkEnd = raw.fieldworkEnd ?? fieldworkStart;
  for (const [label, value] of [['fieldwork start', fieldworkStart], ['fieldwork end', fieldworkEnd]] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) errors.push(`The ${label} "${value}" is not a date: write it as YYYY-MM-DD.`);
  }
  if (errors.length > 0) return { status: 'failure', errors };
  return {
    status: 'success',
    options: {
      iso, name, languages, activities: chosen, directory, ageMin, ageMax, strata, fieldworkStart, fieldworkEnd,
      internetUserMonths: raw.internetUserMonths ?? 3,
      suppressBelow: raw.suppressBelow ?? 25,
      flagBelow: raw.flagBelow ?? 50,
      synthetic: raw.synthetic ?? false,
      ...(raw.internetUsingChildren !== undefined && {
        population: { year: raw.populationYear ?? Number(fieldworkStart.slice(0, 4)), internetUsingChildren: raw.internetUsingChildren, source: raw.populationSource ?? 'not stated' },
      }),
    },
  };
}

function unknownIso(given: string): string {
  const byName = [...ISO_3166_ALPHA2].find((code) => countryName(code)?.toLowerCase() === given.trim().toLowerCase());
  const hint = byName ? ` "${given}" is a name: its code is ${byName}.` : '';
  return `Unknown ISO 3166-1 alpha-2 code "${given}".${hint} Use the country's two-letter code (e.g. KE for Kenya); fictional countries use a user-assigned code (AA, QM–QZ, XA–XZ, ZZ).`;
}

function checkDirectory(directory: string, workspaceRoot: string, errors: string[]): string {
  const absolute = resolve(workspaceRoot, directory);
  const rel = relative(workspaceRoot, absolute);
  if (isAbsolute(directory) || rel === '' || rel.startsWith('..') || isAbsolute(rel) || normalize(directory).split(sep).includes('..')) {
    errors.push(`Directory "${directory}" would put the assessment outside the workspace (or on top of it): give a folder inside it, e.g. assessments/ke.`);
  }
  return rel.split(sep).join('/');
}

function parseStrata(spec: string, errors: string[]): { code: string; label: string }[] {
  const strata = spec.split(';').map((s) => s.trim()).filter((s) => s !== '').map((entry) => {
    const at = entry.indexOf(':');
    return at < 0 ? { code: entry, label: entry } : { code: entry.slice(0, at).trim(), label: entry.slice(at + 1).trim() };
  });
  for (const s of strata) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s.code)) errors.push(`Stratum code "${s.code}" is not a code: use letters, digits and _ (e.g. nairobi_urban), written code:Label;code:Label.`);
  }
  if (strata.length === 0) errors.push('No strata given: write them as code:Label;code:Label.');
  return strata;
}
