// Every command the guides show is run as written (test/guides.ts says how). The guides are
// split over three files so that vitest runs them side by side: here the examples dh --help gives.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_EXAMPLES, REPOSITORY_COMMANDS } from './help.js';
import { LONG, repo, runLine, scratch, setUp } from '../test/guides.js';

describe('every command in the guides runs as written', () => {
  it('and the examples of dh --help, each from the repository root', LONG, () => {
    const tmp = mkdtempSync(join(scratch, 'tmp-'));
    for (const [command, examples] of Object.entries(COMMAND_EXAMPLES)) {
      // dh diff and dh versions read the repository's activity packages: they run in it, and only read.
      const workspace = REPOSITORY_COMMANDS.has(command) ? repo : setUp('workspace');
      for (const example of examples) {
        const { ran } = runLine(`npx ${example}`, workspace, tmp);
        const said = `dh ${command} --help: ${example}\n${ran?.stderr ?? ''}`;
        expect(ran?.stderr, said).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
        expect([0, 1], said).toContain(ran?.status);
      }
    }
  });
});
