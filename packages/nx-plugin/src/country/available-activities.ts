import { fileURLToPath } from 'node:url';
import { loadActivityPackages, type ActivityDefinition } from '@dh/core';

/** The activity packages installed with the generators (this package's dependencies). */
export function availableActivities(): Promise<ActivityDefinition[]> {
  return loadActivityPackages(fileURLToPath(new URL('../../package.json', import.meta.url)));
}
