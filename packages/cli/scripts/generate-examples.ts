// Regenerates examples/xa and examples/xb (npm run generate:examples): scaffold + seeded
// synthetic data. The examples test fails when the committed folders differ from this.
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExampleAssessment, EXAMPLE_ASSESSMENTS, standInForRepository } from '../src/examples/example-assessments.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
for (const example of EXAMPLE_ASSESSMENTS) {
  const directory = `examples/${example.iso.toLowerCase()}`;
  const scratch = mkdtempSync(join(tmpdir(), 'dh-example-'));
  standInForRepository(scratch);
  const built = await buildExampleAssessment(scratch, directory, example);
  rmSync(join(workspaceRoot, directory), { recursive: true, force: true });
  renameSync(join(scratch, directory), join(workspaceRoot, directory));
  rmSync(scratch, { recursive: true, force: true });
  console.log(`wrote ${directory} (${built.dataFiles.length} data files)`);
}
