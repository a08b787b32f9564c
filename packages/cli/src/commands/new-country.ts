import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ScaffoldOption } from '@dh/core';
import { activityScaffoldOptions, FsScaffoldTree, normalizeCountryOptions, scaffoldCountry, type CountryOptions } from '@dh/nx-plugin';
import { loadActivities } from '../activities.js';
import { shortPath } from '../output-paths.js';
import { UserError } from '../user-error.js';

/** The flags of `dh new country`, in commander's camelCase; activity options arrive under their own names. */
export interface NewCountryFlags {
  readonly iso: string;
  readonly name: string;
  readonly languages: string;
  readonly activities?: string;
  readonly dir?: string;
  /** Default: the current folder; for an absolute --dir outside it, the folder that holds --dir. */
  readonly root?: string;
  readonly fieldworkStart?: string;
  readonly fieldworkEnd?: string;
  readonly populationYear?: string;
  readonly internetUsingChildren?: string;
  readonly populationSource?: string;
  readonly regions?: string;
  readonly suppressBelow?: string;
  readonly flagBelow?: string;
  readonly synthetic?: boolean;
  readonly [activityOption: string]: string | boolean | undefined;
}

const NUMBER_FLAGS = ['populationYear', 'internetUsingChildren', 'suppressBelow', 'flagBelow'] as const;
const CORE_FLAGS = new Set([
  'iso',
  'name',
  'languages',
  'activities',
  'dir',
  'root',
  'fieldworkStart',
  'fieldworkEnd',
  'populationSource',
  'regions',
  'synthetic',
  ...NUMBER_FLAGS,
]);

const flagName = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Turns command-line flags into the scaffold's options (shared with nx g and plop). */
export function countryOptionsFromFlags(flags: NewCountryFlags): CountryOptions {
  const numbers: Record<string, number> = {};
  for (const key of NUMBER_FLAGS) {
    const value = flags[key];
    if (value === undefined) continue;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new UserError(`--${flagName(key)} takes a number, not "${value}".`);
    numbers[key] = n;
  }
  const activityOptions = Object.fromEntries(Object.entries(flags).filter(([key, value]) => !CORE_FLAGS.has(key) && value !== undefined));
  const core = {
    activities: flags.activities,
    directory: flags.dir,
    fieldworkStart: flags.fieldworkStart,
    fieldworkEnd: flags.fieldworkEnd,
    populationSource: flags.populationSource,
    regions: flags.regions,
    synthetic: flags.synthetic,
  };
  const defined = Object.fromEntries(Object.entries({ ...core, ...numbers }).filter(([, v]) => v !== undefined));
  return { ...activityOptions, iso: flags.iso, name: flags.name, languages: flags.languages, ...defined } as CountryOptions;
}

export async function newCountry(flags: NewCountryFlags): Promise<{ directory: string; path: string; files: readonly string[] }> {
  const root = resolve(flags.root ?? defaultRoot(flags.dir));
  // An absolute --dir elsewhere is made with the folders above it, as mkdir -p would.
  if (flags.root === undefined && !existsSync(root)) mkdirSync(root, { recursive: true });
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new UserError(`--root: ${root} is not a folder: give the workspace folder the assessment goes in (default: the current folder).`);
  const activities = await loadActivities();
  const normalized = normalizeCountryOptions(countryOptionsFromFlags(flags), root, activities);
  if (normalized.status === 'failure') throw new UserError(normalized.errors);
  const result = await scaffoldCountry(new FsScaffoldTree(root), normalized.options, activities);
  if (result.status === 'failure') throw new UserError(result.errors);
  return { ...result, path: resolve(root, result.directory) };
}

/**
 * The workspace when --root is not given: the current folder, unless --dir is an absolute path
 * outside it (a country team's own repository elsewhere): then the folder that holds --dir.
 */
function defaultRoot(dir: string | undefined): string {
  if (dir === undefined || !isAbsolute(dir)) return '.';
  const near = shortPath(resolve(dir));
  return near === '.' || isAbsolute(near) ? dirname(resolve(dir)) : '.';
}

/** The options the installed activities declare for their settings, for `dh new country` (loaded only when that command runs). */
export async function newCountryActivityOptions(): Promise<ScaffoldOption[]> {
  return activityScaffoldOptions(await loadActivities());
}

export function registerNewCountry(program: Command, activityOptions: readonly ScaffoldOption[] = []): void {
  const create = program.command('new').description('scaffold something new');
  const country = create
    .command('country')
    .description('scaffold a complete, comparable country assessment (same as nx g @dh/nx-plugin:country and plop country)')
    .requiredOption('--iso <code>', 'ISO 3166-1 alpha-2 code, e.g. KE (fictional countries: AA, QM–QZ, XA–XZ, ZZ)')
    .requiredOption('--name <name>', 'country name as printed in reports')
    .option('--languages <tags>', 'BCP 47 language tags, comma-separated; the first is the default', 'en')
    .option('--activities <ids>', 'activities that run, comma-separated (default: every installed activity)')
    .option('--dir <folder>', 'assessment folder, relative to --root or absolute (default: assessments/<iso>)')
    .option(
      '--root <folder>',
      'workspace root the assessment must stay inside (default: the current folder, or the folder holding an absolute --dir outside it)',
    )
    .option('--fieldwork-start <date>', 'first day of fieldwork, YYYY-MM-DD (give both dates, or neither)')
    .option('--fieldwork-end <date>', 'last day of fieldwork, YYYY-MM-DD')
    .option('--population-year <year>', 'reference year of the population figures')
    .option('--internet-using-children <n>', 'internet-using children of the survey age range (base of national counts)')
    .option('--population-source <text>', 'where the population figures come from')
    .option('--regions <text>', 'the country\'s regions, written code:Label;code:Label (e.g. "nairobi:Nairobi;coast:Coast")')
    .option('--suppress-below <n>', 'suppress estimates on fewer unweighted cases, at least 10 (default: 25)')
    .option('--flag-below <n>', 'flag estimates on fewer unweighted cases (default: 50)')
    .option('--synthetic', 'a fictional country with synthetic data');
  for (const option of activityOptions) {
    const value = option.type === 'string' ? '<text>' : '<n>';
    country.option(
      `--${option.name} ${value}`,
      `${option.description}${option.default !== undefined ? ` (default: ${option.default})` : ''}`,
    );
  }
  country.action(async (flags: NewCountryFlags) => {
    const result = await newCountry(flags);
    const where = shortPath(result.path);
    console.log(`Created ${where}/ with ${result.files.length} files:`);
    for (const file of result.files.filter((f) => !f.startsWith('instruments/'))) console.log(`  ${file}`);
    const instruments = result.files.filter((f) => f.startsWith('instruments/')).length;
    if (instruments > 0) console.log(`  instruments/ (${instruments} files)`);
    console.log(`Next: read ${where}/README.md`);
  });
}
