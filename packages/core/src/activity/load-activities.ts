import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActivityDefinition } from './activity-definition.js';

interface Manifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly dh?: { readonly activity?: string };
  readonly main?: string;
  readonly exports?: { readonly '.'?: string | { readonly import?: string; readonly default?: string } };
}

/** The ES module entry of a package, from its manifest (a CommonJS `require.resolve` would miss `import`-only exports). */
function moduleEntry(manifestFile: string, manifest: Manifest): string {
  const root = manifest.exports?.['.'];
  const entry = typeof root === 'string' ? root : (root?.import ?? root?.default ?? manifest.main ?? 'index.js');
  return pathToFileURL(join(dirname(manifestFile), entry)).href;
}

/**
 * The activity packages a tool was installed with: each dependency of its package.json
 * that declares `"dh": { "activity": "<id>" }` and exports `activity`. A tenth activity is
 * a new package and a dependency line, never a code change (docs/architecture.md, principle 2).
 */
export async function loadActivityPackages(manifestPath: string): Promise<ActivityDefinition[]> {
  const own = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const require = createRequire(manifestPath);
  const activities: ActivityDefinition[] = [];
  for (const name of Object.keys(own.dependencies ?? {}).sort()) {
    let manifestFile: string;
    try {
      manifestFile = require.resolve(`${name}/package.json`);
    } catch {
      continue; // a dependency that does not expose its manifest is not an activity package
    }
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (!manifest.dh?.activity) continue;
    const mod = (await import(moduleEntry(manifestFile, manifest))) as { activity?: ActivityDefinition };
    if (!mod.activity) throw new Error(`${name} declares activity "${manifest.dh.activity}" but exports no \`activity\``);
    activities.push(mod.activity);
  }
  return activities;
}
