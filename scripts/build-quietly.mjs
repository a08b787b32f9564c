#!/usr/bin/env node
// `npm run demo` builds first: one line here, and the build's own output only when it fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
process.stdout.write('Building dh… ');
const run = spawnSync(join(root, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--outputStyle=static'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
});
if (run.status !== 0) {
  process.stdout.write('failed:\n');
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? run.error?.message ?? '');
  process.exit(run.status ?? 1);
}
process.stdout.write(`done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
