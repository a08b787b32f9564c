import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, describeDrift } from '@dh/core';
import { loadActivities } from '../activities.js';
import { cliArtefacts } from './cli-artefacts.js';

describe("the CLI's published files", () => {
  it('match what the installed activities generate (regenerate with: npm run generate -w @dh/cli)', async () => {
    const files = cliArtefacts(await loadActivities());
    const packageDrift = checkGeneratedFiles(fileURLToPath(new URL('../..', import.meta.url)), files.package, ['schema']);
    expect(packageDrift, describeDrift(packageDrift, 'npm run generate -w @dh/cli')).toEqual([]);
    const docsDrift = checkGeneratedFiles(fileURLToPath(new URL('../../../..', import.meta.url)), files.workspace);
    expect(docsDrift, describeDrift(docsDrift, 'npm run generate -w @dh/cli')).toEqual([]);
  });
});
