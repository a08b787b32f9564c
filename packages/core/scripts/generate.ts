// Regenerates core's published files (npm run generate -w @dh/core).
import { fileURLToPath } from 'node:url';
import { coreArtefacts, workspaceDocArtefacts, writeGeneratedFiles } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = coreArtefacts();
writeGeneratedFiles(root, files);
for (const f of files) console.log(`wrote ${f.path}`);

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const docs = workspaceDocArtefacts();
writeGeneratedFiles(workspaceRoot, docs);
for (const f of docs) console.log(`wrote ${f.path}`);
