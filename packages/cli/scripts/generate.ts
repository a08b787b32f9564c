// Regenerates the CLI's published files from the installed activities (npm run generate -w @dh/cli).
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '@dh/core';
import { loadActivities } from '../src/activities.js';
import { cliArtefacts } from '../src/generated/cli-artefacts.js';

const files = cliArtefacts(await loadActivities());
writeGeneratedFiles(fileURLToPath(new URL('..', import.meta.url)), files.package);
writeGeneratedFiles(fileURLToPath(new URL('../../..', import.meta.url)), files.workspace);
for (const f of [...files.package, ...files.workspace]) console.log(`wrote ${f.path}`);
