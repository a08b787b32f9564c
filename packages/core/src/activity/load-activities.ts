import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActivityDefinition } from './activity-definition.js';
import { withCountryQuestions } from './country-questions.js';

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

/** An activity package a tool was installed with: its npm name, the activity it declares, and where it is. */
export interface ActivityPackageFound {
  readonly name: string;
  readonly id: string;
  /** The package's folder (its published snapshots are in `published/`). */
  readonly dir: string;
}

/**
 * The dependencies of a tool's package.json that declare `"dh": { "activity": "<id>" }`, by
 * name, without loading them. A tenth activity is a new package and a dependency line, never
 * a code change (docs/architecture.md, principle 2).
 */
export function findActivityPackages(manifestPath: string): ActivityPackageFound[] {
  const own = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const require = createRequire(manifestPath);
  const found: ActivityPackageFound[] = [];
  for (const name of Object.keys(own.dependencies ?? {}).sort()) {
    let manifestFile: string;
    try {
      manifestFile = require.resolve(`${name}/package.json`);
    } catch {
      continue; // a dependency that does not expose its manifest is not an activity package
    }
    const id = (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest).dh?.activity;
    if (id) found.push({ name, id, dir: dirname(manifestFile) });
  }
  return found;
}

/**
 * The activity packages a tool was installed with (`findActivityPackages`), each loaded for the
 * `activity` it exports and built with the assessment's country questions (`withCountryQuestions`).
 * With `only`, the package declaring that activity alone (none when no package does): the others'
 * code is not loaded.
 */
export async function loadActivityPackages(manifestPath: string, only?: string): Promise<ActivityDefinition[]> {
  const activities: ActivityDefinition[] = [];
  for (const { name, id, dir } of findActivityPackages(manifestPath)) {
    if (only !== undefined && id !== only) continue;
    const manifestFile = join(dir, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const mod = (await import(moduleEntry(manifestFile, manifest))) as { activity?: ActivityDefinition };
    if (!mod.activity) throw new Error(`${name} declares activity "${id}" but exports no \`activity\``);
    activities.push(withCountryQuestions(mod.activity));
  }
  return activities;
}
