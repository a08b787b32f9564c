// Regenerates the committed artefacts of @dh/access-to-justice-interviews from the instrument code.
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { accessToJusticeInterviewsArtefacts } from '../src/artefacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await accessToJusticeInterviewsArtefacts();
writeGeneratedFiles(root, files);
console.log(`wrote ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
