import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDrift } from '@dh/core';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFolders } from './examples/compare-folders.js';
import { buildExampleAssessment, EXAMPLE_ASSESSMENTS } from './examples/example-assessments.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-examples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the bundled example assessments', () => {
  for (const example of EXAMPLE_ASSESSMENTS) {
    const directory = `examples/${example.iso.toLowerCase()}`;
    it(`${directory} is exactly what its generator makes (regenerate with: npm run generate:examples)`, async () => {
      const built = await buildExampleAssessment(scratch, directory, example);
      expect(built.dataFiles.length).toBeGreaterThan(0);
      const drift = compareFolders(join(scratch, directory), join(workspaceRoot, directory));
      expect(drift, describeDrift(drift, 'npm run generate:examples')).toEqual([]);
    }, 300_000);
  }
});
