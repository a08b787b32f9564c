#!/usr/bin/env node
// The `dh` command. This file is committed (with its execute bit), so `npx dh` works as soon as
// npm has linked it; the program itself is the build in dist/.
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bin.js')) throw error;
  process.stderr.write('dh: this copy of dh is not built yet: run npm run build in the repository first.\n');
  process.exitCode = 2;
}
