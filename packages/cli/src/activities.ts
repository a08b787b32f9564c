import { fileURLToPath } from 'node:url';
import { loadActivityPackages, type ActivityDefinition } from '@dh/core';

let loaded: Promise<ActivityDefinition[]> | undefined;

/** The activity packages this CLI was installed with (its package.json dependencies). */
export function loadActivities(): Promise<ActivityDefinition[]> {
  loaded ??= loadActivityPackages(fileURLToPath(new URL('../package.json', import.meta.url)));
  return loaded;
}

/**
 * The installed activity package declaring this id, loaded alone when the others are not loaded
 * yet (a command that needs one activity does not pay for reading the others' code); [] when none does.
 */
export async function loadActivity(id: string): Promise<ActivityDefinition[]> {
  if (loaded !== undefined) return (await loaded).filter((a) => a.id === id);
  return loadActivityPackages(fileURLToPath(new URL('../package.json', import.meta.url)), id);
}

export async function findActivity(id: string): Promise<ActivityDefinition | undefined> {
  return (await loadActivities()).find((a) => a.id === id);
}

/** The one wording for an activity id that is not installed: what was given, and what is. */
export function notInstalled(where: string, id: string, installed: readonly string[]): string {
  return `${where}: "${id}" is not an activity installed with this dh; installed: ${installed.join(', ') || 'none'}.`;
}
