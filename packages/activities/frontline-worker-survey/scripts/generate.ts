// Regenerates the committed artefacts of @dh/frontline-worker-survey from the questionnaire code.
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { frontlineWorkerSurveyArtefacts } from '../src/artefacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await frontlineWorkerSurveyArtefacts();
writeGeneratedFiles(root, files);
console.log(`wrote ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
