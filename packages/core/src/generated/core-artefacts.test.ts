import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreArtefacts, workspaceDocArtefacts } from './core-artefacts.js';
import { checkGeneratedFiles, describeDrift } from './generated-files.js';

describe("core's published files", () => {
  it('match what the source generates (regenerate with: npm run generate -w @dh/core)', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const drift = checkGeneratedFiles(root, coreArtefacts(), ['schema']);
    expect(drift, describeDrift(drift, 'npm run generate -w @dh/core')).toEqual([]);
  });

  it('include the issue-codes page of the docs, generated from the catalogue', () => {
    const root = fileURLToPath(new URL('../../../..', import.meta.url));
    const drift = checkGeneratedFiles(root, workspaceDocArtefacts());
    expect(drift, describeDrift(drift, 'npm run generate -w @dh/core')).toEqual([]);
  });
});
