import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestUserConfig, type ViteUserConfig } from 'vitest/config';

const workspaceRoot = import.meta.dirname;

/**
 * Every workspace package's name mapped to its TypeScript entry, so tests run on source, never on
 * a stale build; a subpath it exports (`@dh/validate/threads`) to that module's source, listed first.
 */
function workspaceSourceAliases(): { find: string; replacement: string }[] {
  const entries: { find: string; replacement: string }[] = [];
  const subpaths: { find: string; replacement: string }[] = [];
  for (const parent of ['packages', 'packages/activities']) {
    const parentDir = join(workspaceRoot, parent);
    for (const entry of readdirSync(parentDir, { withFileTypes: true })) {
      const root = join(parentDir, entry.name);
      const manifest = join(root, 'package.json');
      const source = join(root, 'src', 'index.ts');
      if (!entry.isDirectory() || !existsSync(manifest) || !existsSync(source)) continue;
      const { name, exports = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; exports?: Record<string, unknown> };
      entries.push({ find: name, replacement: source });
      for (const [subpath, target] of Object.entries(exports)) {
        const built = typeof target === 'object' && target !== null ? (target as { import?: unknown }).import : undefined;
        if (subpath === '.' || typeof built !== 'string' || !built.startsWith('./dist/')) continue;
        const module = join(root, built.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
        if (existsSync(module)) subpaths.push({ find: `${name}/${subpath.slice(2)}`, replacement: module });
      }
    }
  }
  return [...subpaths, ...entries];
}

export function defineDhVitestConfig(projectRoot: string, overrides: TestUserConfig = {}): ViteUserConfig {
  return defineConfig({
    root: projectRoot,
    resolve: { alias: workspaceSourceAliases() },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      passWithNoTests: false,
      // Many tests run dh as a process, two at a time on a two-core machine beside other packages'
      // tasks: a test or a set-up hook that spawns several can take far longer than on a quiet laptop.
      testTimeout: 120_000,
      hookTimeout: 300_000,
      ...overrides,
    },
  });
}
