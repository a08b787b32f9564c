import type { AssessmentConfig, ChoiceDraft } from '@dh/core';
import { frontlineSettings } from './settings.js';

/** Everything a country varies in this survey, read from its assessment config with the published defaults where there is none. */
export interface FrontlineParameters {
  readonly targetSampleSize: number;
  /** Region codes and labels, from `extensionLists.region`. */
  readonly regions: readonly ChoiceDraft[];
  readonly languages: readonly ChoiceDraft[];
  /** The window synthetic interview dates fall in: the fieldwork, or the published default. */
  readonly fieldwork: { readonly start: string; readonly end: string };
}

/** Used until a country fills `extensionLists.region`. */
export const DEFAULT_REGIONS: readonly ChoiceDraft[] = [
  { code: 'region_a', label: 'Region A' },
  { code: 'region_b', label: 'Region B' },
];

/** Synthetic interview dates fall in this window when the assessment records no fieldwork. */
export const DEFAULT_FIELDWORK = { start: '2021-02-01', end: '2021-05-31' } as const;

export function frontlineParameters(config?: AssessmentConfig): FrontlineParameters {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return {
    targetSampleSize: frontlineSettings(config).targetSampleSize,
    regions: config?.extensionLists['region'] ?? DEFAULT_REGIONS,
    languages:
      config?.extensionLists['language'] ?? (config?.languages ?? ['en']).map((tag) => ({ code: tag, label: names.of(tag) ?? tag })),
    fieldwork: config?.fieldwork ?? DEFAULT_FIELDWORK,
  };
}
