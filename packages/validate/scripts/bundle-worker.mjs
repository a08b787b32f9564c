// Compiles the row-checking thread's code (dist/threads/check-worker.js and all it imports: this
// package, @dh/core, papaparse, zod…) into one file, dist/threads/check-worker.bundle.js, which
// `rowThreadPool` starts. A thread loading one file instead of some 300 modules is ready about
// 0.1 s sooner on two cores (docs/architecture.md § Scale), and takes more of the first file's rows.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const threads = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'threads');

await build({
  entryPoints: [join(threads, 'check-worker.js')],
  outfile: join(threads, 'check-worker.bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Read only for workbooks and REFI-QDA projects, never by a thread (it checks CSV rows): loaded
  // from node_modules if ever asked, they keep the file a thread loads to a third of the size.
  external: ['exceljs', 'saxes'],
  // The CommonJS packages bundled (papaparse) call `require` for Node's own modules.
  banner: { js: "import { createRequire as __dhCreateRequire } from 'node:module';\nconst require = __dhCreateRequire(import.meta.url);" },
});
