export type { CountryOptions, CoreCountryOptions, NormalizedCountryOptions } from './country/country-options.js';
export { normalizeCountryOptions, activityScaffoldOptions, camelCase, type NormalizeResult } from './country/normalize-country-options.js';
export { countrySchemaJson } from './generators/country/country-schema.js';
export { scaffoldCountry, type ScaffoldResult } from './country/scaffold-country.js';
export { FsScaffoldTree, type ScaffoldTree } from './country/scaffold-tree.js';
export { availableActivities } from './country/available-activities.js';
export { readCountryTemplates, COUNTRY_TEMPLATES_DIR } from './country/templates.js';
