import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import {
  checkLanguageTag,
  countryName,
  isCountryCode,
  ISO_3166_ALPHA2,
  parseCodeLabelList,
  realPathOf,
  type ActivityDefinition,
  type ScaffoldOption,
} from '@dh/core';
import type { CountryOptions, NormalizedCountryOptions } from './country-options.js';

export type NormalizeResult =
  | { readonly status: 'success'; readonly options: NormalizedCountryOptions }
  | { readonly status: 'failure'; readonly errors: readonly string[] };

const list = (value: unknown): string[] =>
  value === undefined
    ? []
    : (typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value.map(String) : [String(value)])
        .map((s) => s.trim())
        .filter((s) => s !== '');

/** `age-min` → `ageMin`, as Nx, plop and commander key the option. */
export const camelCase = (flag: string): string => flag.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** The options every installed activity declares, each once (two activities may share one). */
export function activityScaffoldOptions(activities: readonly Pick<ActivityDefinition, 'scaffold'>[]): ScaffoldOption[] {
  const byName = new Map<string, ScaffoldOption>();
  for (const activity of activities)
    for (const option of activity.scaffold?.options ?? []) if (!byName.has(option.name)) byName.set(option.name, option);
  return [...byName.values()];
}

/** Checks every option and says, for each bad one, what is wrong and what to give instead. */
export function normalizeCountryOptions(
  raw: CountryOptions,
  workspaceRoot: string,
  available: readonly ActivityDefinition[],
): NormalizeResult {
  const errors: string[] = [];
  const iso = raw.iso.trim().toUpperCase();
  if (!isCountryCode(iso)) errors.push(unknownIso(raw.iso));
  const name = raw.name.trim();
  if (name === '' || name.length > 100 || /[\\/\u0000-\u001f\u007f]|\.\./.test(name)) {
    errors.push(
      `Country name "${raw.name}" is not usable: give the plain name (1–100 characters, no slashes, ".." or control characters), e.g. "Kenya".`,
    );
  }
  const languages: string[] = [];
  const given = list(raw.languages);
  if (given.length === 0) errors.push('No language given: name at least one BCP 47 tag, e.g. --languages en,sw.');
  for (const tag of given) {
    const check = checkLanguageTag(tag);
    if (!check.valid || check.canonical === undefined)
      errors.push(
        `Unknown language tag "${tag}": ${check.reason ?? 'not a language tag'}. Use a BCP 47 tag such as en, sw, fr, pt-MZ or km.`,
      );
    else if (!languages.includes(check.canonical)) languages.push(check.canonical);
  }
  const ids = available.map((a) => a.id);
  const wanted = list(raw.activities);
  const activities = wanted.length > 0 ? wanted : ids;
  for (const id of activities) {
    if (!ids.includes(id)) errors.push(`Unknown or uninstalled activity "${id}": choose from ${ids.join(', ') || '(none installed)'}.`);
  }
  const directory = checkDirectory(raw.directory ?? `assessments/${iso.toLowerCase()}`, workspaceRoot, errors);
  const fieldwork = checkFieldwork(raw.fieldworkStart, raw.fieldworkEnd, errors);
  const settings = activitySettingsFrom(
    raw,
    available.filter((a) => activities.includes(a.id)),
    { iso, name, languages },
    errors,
  );
  const regions = raw.regions === undefined ? undefined : checkRegions(raw.regions, errors);
  if (errors.length > 0) return { status: 'failure', errors };
  return {
    status: 'success',
    options: {
      iso,
      name,
      languages,
      activities,
      directory,
      settings,
      ...(fieldwork && { fieldwork }),
      suppressBelow: raw.suppressBelow ?? 25,
      flagBelow: raw.flagBelow ?? 50,
      synthetic: raw.synthetic ?? false,
      ...(regions && { regions }),
      ...(raw.internetUsingChildren !== undefined && {
        population: {
          year: raw.populationYear ?? Number((fieldwork?.start ?? new Date().toISOString()).slice(0, 4)),
          internetUsingChildren: raw.internetUsingChildren,
          source: raw.populationSource ?? 'not stated',
        },
      }),
    },
  };
}

/** Each chosen activity's settings, from the options it declares (absent ones take the declared defaults). */
function activitySettingsFrom(
  raw: CountryOptions,
  chosen: readonly ActivityDefinition[],
  country: { iso: string; name: string; languages: string[] },
  errors: string[],
): Record<string, Record<string, unknown>> {
  const settings: Record<string, Record<string, unknown>> = {};
  for (const activity of chosen) {
    const values: Record<string, string | number | undefined> = {};
    for (const option of activity.scaffold?.options ?? []) {
      const value = raw[camelCase(option.name)];
      if (value === undefined) continue;
      if (option.type !== 'string' && !Number.isFinite(Number(value)))
        errors.push(`--${option.name} takes a number, not "${String(value)}".`);
      else values[option.name] = option.type === 'string' ? String(value) : Number(value);
    }
    settings[activity.id] = activity.scaffold?.settings(values, country) ?? {};
  }
  return settings;
}

/** `code:Label;…` → the region list, each code usable as an answer code and given once. */
function checkRegions(spec: string, errors: string[]): { code: string; label: string }[] | undefined {
  const regions = parseCodeLabelList(spec);
  const problems: string[] = [];
  if (regions.length === 0)
    problems.push('--regions is empty: write the regions as code:Label;code:Label, e.g. "nairobi:Nairobi;coast:Coast".');
  const seen = new Set<string>();
  for (const { code, label } of regions) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(code))
      problems.push(
        `--regions: "${code}" is not a code: use letters, digits and _ . - without spaces, starting with a letter (e.g. "nairobi").`,
      );
    else if (seen.has(code)) problems.push(`--regions: "${code}" is given twice.`);
    if (label === '') problems.push(`--regions: "${code}" has no label: write code:Label.`);
    seen.add(code);
  }
  errors.push(...problems);
  return problems.length === 0 ? regions : undefined;
}

/** Both dates or neither: a report never prints a fieldwork period nobody gave. */
function checkFieldwork(start: string | undefined, end: string | undefined, errors: string[]): { start: string; end: string } | undefined {
  if (start === undefined && end === undefined) return undefined;
  const bad = (flag: string, value: string | undefined): boolean => {
    const problem =
      value === undefined
        ? `--${flag} is missing: give both --fieldwork-start and --fieldwork-end (YYYY-MM-DD), or neither.`
        : !isIsoDate(value)
          ? `--${flag} "${value}" is not a date: write it as YYYY-MM-DD.`
          : undefined;
    if (problem !== undefined) errors.push(problem);
    return problem !== undefined;
  };
  const badStart = bad('fieldwork-start', start);
  const badEnd = bad('fieldwork-end', end);
  if (badStart || badEnd || start === undefined || end === undefined) return undefined;
  if (start > end) errors.push(`--fieldwork-start ${start} is after --fieldwork-end ${end}.`);
  return { start, end };
}

/** A real calendar day written YYYY-MM-DD (2021-02-30 is not one). */
function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;
}

function unknownIso(given: string): string {
  const byName = [...ISO_3166_ALPHA2].find((code) => countryName(code)?.toLowerCase() === given.trim().toLowerCase());
  const hint = byName ? ` "${given}" is a name: its code is ${byName}.` : '';
  return `Unknown ISO 3166-1 alpha-2 code "${given}".${hint} Use the country's two-letter code (e.g. KE for Kenya); fictional countries use a user-assigned code (AA, QM–QZ, XA–XZ, ZZ).`;
}

/**
 * The assessment folder relative to the workspace, refused when it would land outside it
 * (or on it): also through a symbolic link, so real paths are compared, never just the text.
 */
function checkDirectory(directory: string, workspaceRoot: string, errors: string[]): string {
  const absolute = resolve(workspaceRoot, directory);
  const rel = relative(workspaceRoot, absolute);
  const realRoot = realPathOf(workspaceRoot);
  const realRel = relative(realRoot, realPathOf(absolute));
  const outside = (r: string): boolean => r === '' || r.startsWith('..') || isAbsolute(r);
  if (outside(rel) || outside(realRel) || normalize(directory).split(sep).includes('..')) {
    errors.push(
      `--dir "${directory}" would put the assessment outside the workspace ${workspaceRoot} (or on top of it)${outside(realRel) && !outside(rel) ? ', through a symbolic link' : ''}: give a folder inside it, e.g. assessments/ke, or choose the workspace with --root.`,
    );
  } else if (!/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(rel.split(sep).join('/'))) {
    errors.push(
      `--dir "${directory}" has characters dh does not allow in a folder name: use letters, digits, _, - and . (e.g. assessments/ke), so the commands written for it can never run anything else.`,
    );
  }
  return rel.split(sep).join('/');
}
