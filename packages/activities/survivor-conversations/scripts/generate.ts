// Regenerates the committed artefacts of @dh/survivor-conversations from the instrument code.
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { survivorConversationsArtefacts } from '../src/artefacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await survivorConversationsArtefacts();
writeGeneratedFiles(root, files);
console.log(`wrote ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
