import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestUserConfig, type ViteUserConfig } from 'vitest/config';

const workspaceRoot = import.meta.dirname;

/** Every workspace package's name mapped to its TypeScript entry, so tests run on source, never on a stale build. */
function workspaceSourceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const parent of ['packages', 'packages/activities']) {
    const parentDir = join(workspaceRoot, parent);
    for (const entry of readdirSync(parentDir, { withFileTypes: true })) {
      const manifest = join(parentDir, entry.name, 'package.json');
      const source = join(parentDir, entry.name, 'src', 'index.ts');
      if (!entry.isDirectory() || !existsSync(manifest) || !existsSync(source)) continue;
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string };
      aliases[name] = source;
    }
  }
  return aliases;
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
