// Regenerates the committed artefacts of @dh/household-survey from the instrument code.
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { householdSurveyArtefacts } from '../src/artefacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await householdSurveyArtefacts();
writeGeneratedFiles(root, files);
console.log(`wrote ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
