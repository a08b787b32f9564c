import type { ActivityDefinition, AssessmentConfigInput } from '@dh/core';
import type { NormalizedCountryOptions } from './country-options.js';

/** The `assessment.json` of a new country: every activity pinned to the version installed now. */
export function assessmentConfigFor(options: NormalizedCountryOptions, activities: readonly ActivityDefinition[], schemaPath: string): AssessmentConfigInput {
  const chosen = activities.filter((a) => options.activities.includes(a.id));
  const runsSurvey = chosen.some((a) => a.usesSurveyDesign);
  return {
    $schema: schemaPath,
    country: options.iso,
    name: options.name,
    synthetic: options.synthetic,
    languages: [...options.languages],
    activities: Object.fromEntries(chosen.map((a) => [a.id, { version: a.version }])),
    ...(runsSurvey && {
      survey: {
        ageRange: { min: options.ageMin, max: options.ageMax },
        internetUser: { recallMonths: options.internetUserMonths, definition: `used the internet in the past ${options.internetUserMonths} months` },
        strata: options.strata.map((s) => ({ code: s.code, label: s.label })),
        stratumVariable: 'stratum',
        psuVariable: 'psu',
        weightVariable: 'weight',
        lonelyPsu: 'fail',
      },
    }),
    extensionLists: {},
    fieldwork: { start: options.fieldworkStart, end: options.fieldworkEnd },
    ...(options.population && { population: { ...options.population } }),
    thresholds: { suppressBelow: options.suppressBelow, flagBelow: options.flagBelow, qualitativeSuppressBelow: 5, kAnonymity: 5 },
    ethicalClearance: {},
  };
}
