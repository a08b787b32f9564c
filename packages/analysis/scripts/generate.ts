// Regenerates the analysis package's published JSON Schemas (npm run generate -w @dh/analysis).
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { analysisArtefacts } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = analysisArtefacts();
writeGeneratedFiles(root, files);
for (const f of files) console.log(`wrote ${f.path}`);
