export type { CountryOptions, NormalizedCountryOptions } from './country/country-options.js';
export { normalizeCountryOptions, type NormalizeResult } from './country/normalize-country-options.js';
export { scaffoldCountry, type ScaffoldResult } from './country/scaffold-country.js';
export { FsScaffoldTree, type ScaffoldTree } from './country/scaffold-tree.js';
export { availableActivities } from './country/available-activities.js';
export { readCountryTemplates, COUNTRY_TEMPLATES_DIR } from './country/templates.js';
