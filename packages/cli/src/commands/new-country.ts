import { resolve } from 'node:path';
import type { Command } from 'commander';
import { FsScaffoldTree, normalizeCountryOptions, scaffoldCountry, type CountryOptions } from '@dh/nx-plugin';
import { loadActivities } from '../activities.js';
import { UserError } from '../user-error.js';

interface NewCountryFlags {
  iso: string;
  name: string;
  languages: string;
  activities?: string;
  dir?: string;
  root: string;
  ageMin?: string;
  ageMax?: string;
  internetUserMonths?: string;
  strata?: string;
  fieldworkStart?: string;
  fieldworkEnd?: string;
  populationYear?: string;
  internetUsingChildren?: string;
  populationSource?: string;
  suppressBelow?: string;
  flagBelow?: string;
  synthetic?: boolean;
}

const whole = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UserError(`--${flag} takes a number, not "${value}".`);
  return n;
};

/** Turns command-line flags into the scaffold's options (shared with nx g and plop). */
export function countryOptionsFromFlags(flags: NewCountryFlags): CountryOptions {
  const numbers = {
    ageMin: whole('age-min', flags.ageMin),
    ageMax: whole('age-max', flags.ageMax),
    internetUserMonths: whole('internet-user-months', flags.internetUserMonths),
    populationYear: whole('population-year', flags.populationYear),
    internetUsingChildren: whole('internet-using-children', flags.internetUsingChildren),
    suppressBelow: whole('suppress-below', flags.suppressBelow),
    flagBelow: whole('flag-below', flags.flagBelow),
  };
  const defined = Object.fromEntries(Object.entries({ ...numbers, activities: flags.activities, directory: flags.dir, strata: flags.strata, fieldworkStart: flags.fieldworkStart, fieldworkEnd: flags.fieldworkEnd, populationSource: flags.populationSource, synthetic: flags.synthetic }).filter(([, v]) => v !== undefined));
  return { iso: flags.iso, name: flags.name, languages: flags.languages, ...defined };
}

export async function newCountry(flags: NewCountryFlags): Promise<{ directory: string; files: readonly string[] }> {
  const root = resolve(flags.root);
  const activities = await loadActivities();
  const normalized = normalizeCountryOptions(countryOptionsFromFlags(flags), root, activities.map((a) => a.id));
  if (normalized.status === 'failure') throw new UserError(normalized.errors.join('\n'));
  const result = await scaffoldCountry(new FsScaffoldTree(root), normalized.options, activities);
  if (result.status === 'failure') throw new UserError(result.errors.join('\n'));
  return result;
}

export function registerNewCountry(program: Command): void {
  const create = program.command('new').description('scaffold something new');
  create
    .command('country')
    .description('scaffold a complete, comparable country assessment (same as nx g @dh/nx-plugin:country and plop country)')
    .requiredOption('--iso <code>', 'ISO 3166-1 alpha-2 code, e.g. KE (fictional countries: AA, QM–QZ, XA–XZ, ZZ)')
    .requiredOption('--name <name>', 'country name as printed in reports')
    .option('--languages <tags>', 'BCP 47 language tags, comma-separated; the first is the default', 'en')
    .option('--activities <ids>', 'activities that run, comma-separated (default: every installed activity)')
    .option('--dir <folder>', 'assessment folder, relative to --root (default: assessments/<iso>)')
    .option('--root <folder>', 'workspace root the assessment must stay inside', '.')
    .option('--age-min <years>', 'youngest survey age (default 12)')
    .option('--age-max <years>', 'oldest survey age (default 17)')
    .option('--internet-user-months <n>', 'internet users: used the internet within n months (default 3)')
    .option('--strata <spec>', 'survey strata as code:Label;code:Label')
    .option('--fieldwork-start <date>', 'first day of fieldwork, YYYY-MM-DD')
    .option('--fieldwork-end <date>', 'last day of fieldwork, YYYY-MM-DD')
    .option('--population-year <year>', 'reference year of the population figures')
    .option('--internet-using-children <n>', 'internet-using children of the age range (base of national counts)')
    .option('--population-source <text>', 'where the population figures come from')
    .option('--suppress-below <n>', 'suppress estimates on fewer unweighted cases (default 25)')
    .option('--flag-below <n>', 'flag estimates on fewer unweighted cases (default 50)')
    .option('--synthetic', 'a fictional country with synthetic data')
    .action(async (flags: NewCountryFlags) => {
      const result = await newCountry(flags);
      console.log(`Created ${result.directory}/ with ${result.files.length} files:`);
      for (const file of result.files.filter((f) => !f.startsWith('instruments/'))) console.log(`  ${file}`);
      const instruments = result.files.filter((f) => f.startsWith('instruments/')).length;
      if (instruments > 0) console.log(`  instruments/ (${instruments} files)`);
      console.log(`Next: read ${result.directory}/README.md`);
    });
}
