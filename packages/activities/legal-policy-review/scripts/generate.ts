// Regenerates the committed artefacts of @dh/legal-policy-review from the checklist code.
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { legalPolicyReviewArtefacts } from '../src/artefacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await legalPolicyReviewArtefacts();
writeGeneratedFiles(root, files);
console.log(`wrote ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
