// Regenerates the committed artefacts of @dh/helpline-hotline-industry-data from its declaration.
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { helplineHotlineIndustryDataArtefacts } from '../src/activity.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await helplineHotlineIndustryDataArtefacts();
writeGeneratedFiles(root, files);
console.log(`wrote ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
