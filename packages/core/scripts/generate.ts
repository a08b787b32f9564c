// Regenerates core's published files (npm run generate -w @dh/core).
import { fileURLToPath } from 'node:url';
import { coreArtefacts, writeGeneratedFiles } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = coreArtefacts();
writeGeneratedFiles(root, files);
for (const f of files) console.log(`wrote ${f.path}`);
