import type { ActivityDefinition } from '@dh/core';
import { activityScaffoldOptions, camelCase } from '../../country/normalize-country-options.js';

/** The options every country scaffold has, whatever activities are installed. */
const CORE_PROPERTIES: Record<string, Record<string, unknown>> = {
  iso: {
    type: 'string',
    description: 'ISO 3166-1 alpha-2 country code (e.g. KE); user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) for fictional countries.',
    'x-prompt': 'ISO 3166-1 alpha-2 code of the country (e.g. KE)?',
    $default: { $source: 'argv', index: 0 },
  },
  name: { type: 'string', description: "The country's name as printed in reports (e.g. Kenya).", 'x-prompt': 'Country name?' },
  languages: {
    type: 'string',
    description: 'Assessment languages as BCP 47 tags, comma-separated; the first is the default (e.g. en,sw).',
    default: 'en',
  },
  activities: { type: 'string', description: 'Activities that run, comma-separated ids; default: every installed activity.' },
  dir: { type: 'string', description: 'Folder of the assessment, relative to the workspace root; default assessments/<iso>.' },
  fieldworkStart: { type: 'string', description: 'First day of fieldwork, YYYY-MM-DD (give both dates, or neither).' },
  fieldworkEnd: { type: 'string', description: 'Last day of fieldwork, YYYY-MM-DD (give both dates, or neither).' },
  populationYear: { type: 'integer', description: 'Reference year of the population figures.' },
  internetUsingChildren: {
    type: 'number',
    description: 'Number of internet-using children of the survey age range: the base of national counts.',
  },
  populationSource: { type: 'string', description: 'Where the population figures come from.' },
  regions: {
    type: 'string',
    description: 'The country\'s regions, written code:Label;code:Label (e.g. "nairobi:Nairobi;coast:Coast"): extensionLists.region.',
  },
  suppressBelow: { type: 'integer', description: 'Estimates on fewer unweighted cases are suppressed.', default: 25 },
  flagBelow: { type: 'integer', description: 'Estimates on fewer unweighted cases are flagged.', default: 50 },
  synthetic: { type: 'boolean', description: 'A fictional country with synthetic data (examples, training).', default: false },
};

/**
 * The Nx generator's schema.json: the core options and every installed activity's declared
 * options (camelCase, as Nx passes them). Generated, never edited: `npm run generate -w @dh/nx-plugin`.
 */
export function countrySchemaJson(activities: readonly ActivityDefinition[]): string {
  const properties: Record<string, Record<string, unknown>> = { ...CORE_PROPERTIES };
  for (const option of activityScaffoldOptions(activities)) {
    properties[camelCase(option.name)] = {
      type: option.type,
      description: option.description,
      ...(option.default !== undefined && { default: option.default }),
    };
  }
  const schema = {
    $schema: 'https://json-schema.org/schema',
    $id: 'DhCountry',
    title: 'Scaffold a Disrupting Harm country assessment',
    description:
      'Creates assessment.json, an Nx project with instruments/validate/analyze/report targets, instruments in every language, translation files, git-ignored data folders and a README for the country team.',
    type: 'object',
    additionalProperties: false,
    properties,
    required: ['iso', 'name'],
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
