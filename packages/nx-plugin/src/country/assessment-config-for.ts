import type { ActivityDefinition, AssessmentConfigInput } from '@dh/core';
import type { NormalizedCountryOptions } from './country-options.js';

/** The `assessment.json` of a new country: every activity pinned to the version installed now, with its settings. */
export function assessmentConfigFor(
  options: NormalizedCountryOptions,
  activities: readonly ActivityDefinition[],
  schemaPath: string,
): AssessmentConfigInput {
  const chosen = activities.filter((a) => options.activities.includes(a.id));
  return {
    $schema: schemaPath,
    country: options.iso,
    name: options.name,
    synthetic: options.synthetic,
    languages: [...options.languages],
    activities: Object.fromEntries(chosen.map((a) => [a.id, { version: a.version, settings: { ...options.settings[a.id] } }])),
    extensionLists: options.regions ? { region: options.regions.map((r) => ({ ...r })) } : {},
    ...(options.fieldwork && { fieldwork: { ...options.fieldwork } }),
    ...(options.population && { population: { ...options.population } }),
    thresholds: { suppressBelow: options.suppressBelow, flagBelow: options.flagBelow, qualitativeSuppressBelow: 5 },
  };
}
