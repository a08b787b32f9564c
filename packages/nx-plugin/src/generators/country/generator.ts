import { formatFiles, type Tree } from '@nx/devkit';
import type { CountryOptions } from '../../country/country-options.js';
import { availableActivities } from '../../country/available-activities.js';
import { normalizeCountryOptions } from '../../country/normalize-country-options.js';
import { scaffoldCountry } from '../../country/scaffold-country.js';

/**
 * `nx g @dh/nx-plugin:country`: normalize → generate files (the shared scaffold) → format.
 * The project registers itself: Nx finds the project.json the scaffold writes.
 */
export default async function countryGenerator(tree: Tree, schema: CountryOptions): Promise<void> {
  const activities = await availableActivities();
  const { dir, ...rest } = schema;
  const normalized = normalizeCountryOptions({ ...rest, ...(typeof dir === 'string' && { directory: dir }) }, tree.root, activities);
  if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
  const result = await scaffoldCountry(tree, normalized.options, activities);
  if (result.status === 'failure') throw new Error(result.errors.join('\n'));
  await formatFiles(tree);
}
