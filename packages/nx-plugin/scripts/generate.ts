// Regenerates the Nx generator's schema.json from the installed activities (npm run generate -w @dh/nx-plugin).
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { availableActivities } from '../src/country/available-activities.js';
import { countrySchemaJson } from '../src/generators/country/country-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
writeGeneratedFiles(root, [{ path: 'src/generators/country/schema.json', content: countrySchemaJson(await availableActivities()) }]);
console.log('wrote src/generators/country/schema.json');
