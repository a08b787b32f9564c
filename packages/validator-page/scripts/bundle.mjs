// Compiles the page's two scripts for the browser with esbuild: the Web Worker (the validate
// package and the activities this package depends on, reading dropped files through shims of the
// few Node.js modules they use) and the page's own script. `dh validator-page` inlines both.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shims = join(root, 'src/browser/shims');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(join(root, 'package.json'));

/** The activity packages among this package's dependencies, as dh itself finds them (a manifest declaring `dh.activity`). */
function activityPackages() {
  const all = { ...manifest.dependencies, ...manifest.devDependencies };
  return Object.keys(all)
    .sort()
    .map((name) => {
      try {
        const { dh, version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
        return dh?.activity === undefined ? undefined : { name, id: dh.activity, version };
      } catch {
        return undefined;
      }
    })
    .filter((found) => found !== undefined);
}

/** Node built-ins the bundled code uses, by what stands in for them in the browser. */
const SHIMS = {
  fs: 'fs.ts',
  'fs/promises': 'fs-promises.ts',
  path: 'path.ts',
  buffer: 'buffer.ts',
  zlib: 'zlib.ts',
  stream: 'stream.cjs',
  tmp: 'tmp.cjs',
  crypto: 'crypto.ts',
  exceljs: 'exceljs.ts',
};
/** Built-ins for which a browser package of the same interface exists (the workbook reader's streams). */
const PACKAGES = { events: 'events', util: 'util', process: 'process' };
const builtins = new Set(builtinModules);
/**
 * Packages never reached in the page: generating TypeScript types, and the file-system side of
 * the workbook reader (temp files, unzipping to disk), whose modules patch `fs` when loaded.
 */
const COMMAND_LINE_ONLY = new Set(['json-schema-to-typescript', 'fstream', 'graceful-fs', 'rimraf', 'glob']);

/** Node built-ins to their browser shims; `dh:activities` to the activity packages. */
const browserShims = {
  name: 'dh-browser-shims',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.path === 'dh:activities') return { path: 'dh:activities', namespace: 'dh' };
      // The readers' UTF-8 decoding goes through Node's Buffer; the page decodes with the browser's TextDecoder.
      if (args.path === './utf8-text.js' && /[\\/]readers[\\/]text-chunk-decoder\.[jt]s$/.test(args.importer))
        return { path: join(shims, 'utf8-text.ts') };
      // `buffer` without the prefix is the npm package the shim is made of (and what other packages mean by it).
      if (args.path === 'buffer') return undefined;
      const bare = args.path.replace(/^node:/, '');
      if (SHIMS[bare] !== undefined && !args.importer.startsWith(shims)) return { path: join(shims, SHIMS[bare]) };
      // The package itself, when named as such; under a built-in's name, resolved from here.
      if (PACKAGES[bare] === args.path) return undefined;
      if (PACKAGES[bare] !== undefined) return build.resolve(PACKAGES[bare], { kind: args.kind, resolveDir: root });
      // DH_BUNDLE_DEBUG=1 lists the built-ins that reach the page as unavailable (when a package fails to load in it).
      if (process.env.DH_BUNDLE_DEBUG && (args.path.startsWith('node:') || builtins.has(args.path)))
        console.error('unavailable:', args.path, 'from', args.importer.replace(root, ''));
      if (args.path.startsWith('node:') || builtins.has(args.path) || COMMAND_LINE_ONLY.has(args.path))
        return { path: join(shims, 'unavailable.cjs') };
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'dh' }, () => {
      const names = activityPackages().map((found) => found.name);
      const lines = names.map((name, index) => `import { activity as a${index} } from '${name}';`);
      lines.push(`export const activities = [${names.map((_, index) => `a${index}`).join(', ')}];`);
      return { contents: lines.join('\n'), resolveDir: root, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: !process.argv.includes('--dev'),
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [browserShims],
  inject: [join(shims, 'buffer-global.ts'), join(shims, 'process-global.ts')],
  // import.meta.url locates files of the command line (core loads ajv from beside itself when a
  // check needs it, which the page never does): the page has none, and nothing it runs reads it.
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', 'import.meta.url': 'undefined' },
};

await build({ ...common, entryPoints: [join(root, 'src/browser/worker.ts')], outfile: join(root, 'dist/browser/worker.js') });
// The page script needs none of the shims.
const plain = { ...common, inject: [], plugins: [] };
await build({ ...plain, entryPoints: [join(root, 'src/browser/page.ts')], outfile: join(root, 'dist/browser/page.js') });
// What the worker carries, so a page is never made for an activity version it cannot check.
writeFileSync(
  join(root, 'dist/browser/activities.json'),
  `${JSON.stringify(
    activityPackages().map(({ id, version }) => ({ id, version })),
    null,
    2,
  )}\n`,
);
