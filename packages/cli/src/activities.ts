import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ActivityDefinition } from '@dh/core';

const require = createRequire(import.meta.url);

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly dh?: { readonly activity?: string };
}

/**
 * The activity packages this CLI was installed with: every dependency whose package.json
 * declares `"dh": { "activity": "<id>" }`. A tenth activity is a new package and a
 * dependency line here, never a code change (architecture.md, principle 2).
 */
export async function loadActivities(): Promise<ActivityDefinition[]> {
  const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
  const activities: ActivityDefinition[] = [];
  for (const name of Object.keys(own.dependencies ?? {}).filter((n) => n.startsWith('@dh/')).sort()) {
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as Manifest;
    if (!manifest.dh?.activity) continue;
    const mod = (await import(name)) as { activity?: ActivityDefinition };
    if (!mod.activity) throw new Error(`${name} declares an activity but exports no \`activity\``);
    activities.push(mod.activity);
  }
  return activities;
}

export async function findActivity(id: string): Promise<ActivityDefinition | undefined> {
  return (await loadActivities()).find((a) => a.id === id);
}
