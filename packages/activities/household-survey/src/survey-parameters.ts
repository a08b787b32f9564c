import { activitySettings, type AssessmentConfig, type ChoiceDraft, type LonelyPsuPolicy } from '@dh/core';
import { SurveySettingsSchema, type SurveySettings } from './settings.js';
import { ACTIVITY_ID } from './version.js';

/** One stratum of the design: region × urban/rural (docs/methodology.md § household-survey). */
export interface Stratum {
  readonly code: string;
  readonly label: string;
  readonly region?: string;
  readonly urbanRural?: 'urban' | 'rural';
}

/**
 * Everything a country may vary in this survey, read from its assessment config with the
 * published defaults where there is none (docs/architecture.md, principle 5).
 */
export interface SurveyParameters {
  readonly ageMin: number;
  readonly ageMax: number;
  /** The internet-user definition: used the internet within this many months. */
  readonly recallMonths: number;
  readonly strata: readonly Stratum[];
  readonly stratumVariable: string;
  readonly psuVariable: string;
  readonly weightVariable: string;
  readonly lonelyPsu: LonelyPsuPolicy;
  /** Region codes and labels, from `extensionLists.region` or else the strata's regions. */
  readonly regions: readonly ChoiceDraft[];
  readonly platforms: readonly ChoiceDraft[];
  readonly languages: readonly ChoiceDraft[];
  /** The window synthetic interview dates fall in: the fieldwork, or the published default. */
  readonly fieldwork: { readonly start: string; readonly end: string };
}

/** Synthetic interview dates fall in this window when the assessment records no fieldwork. */
export const DEFAULT_FIELDWORK = { start: '2021-01-11', end: '2021-04-30' } as const;

/** The examples used until a country fills its own strata (two regions × urban/rural). */
export const DEFAULT_STRATA: readonly Stratum[] = [
  { code: 'region_a_urban', label: 'Region A, urban', region: 'region_a', urbanRural: 'urban' },
  { code: 'region_a_rural', label: 'Region A, rural', region: 'region_a', urbanRural: 'rural' },
  { code: 'region_b_urban', label: 'Region B, urban', region: 'region_b', urbanRural: 'urban' },
  { code: 'region_b_rural', label: 'Region B, rural', region: 'region_b', urbanRural: 'rural' },
];

/** Platform categories used until a country names its local platforms (extension list `platform`). */
export const DEFAULT_PLATFORMS: readonly ChoiceDraft[] = [
  { code: 'social_network', label: 'A social network' },
  { code: 'messaging_app', label: 'A messaging app' },
  { code: 'video_sharing', label: 'A video-sharing site or app' },
  { code: 'online_game', label: 'An online game' },
  { code: 'dating_app', label: 'A dating app' },
];

/** The published defaults: ages 12–17, internet use in the past 3 months, example strata. */
export const DEFAULT_SETTINGS: SurveySettings = {
  ageRange: { min: 12, max: 17 },
  internetUser: { recallMonths: 3, definition: 'Used the internet in the past 3 months' },
  strata: [...DEFAULT_STRATA],
  stratumVariable: 'stratum',
  psuVariable: 'psu',
  weightVariable: 'weight',
  lonelyPsu: 'fail',
};

/** The survey's settings in an assessment (the published defaults without one). */
export function surveySettings(config?: AssessmentConfig): SurveySettings {
  return activitySettings(config, ACTIVITY_ID, SurveySettingsSchema, DEFAULT_SETTINGS);
}

export function surveyParameters(config?: AssessmentConfig): SurveyParameters {
  const survey = surveySettings(config);
  const strata: readonly Stratum[] = survey.strata.map(toStratum);
  return {
    ageMin: survey.ageRange.min,
    ageMax: survey.ageRange.max,
    recallMonths: survey.internetUser.recallMonths,
    strata,
    stratumVariable: survey.stratumVariable,
    psuVariable: survey.psuVariable,
    weightVariable: survey.weightVariable,
    lonelyPsu: survey.lonelyPsu,
    regions: config?.extensionLists['region'] ?? regionsOf(strata),
    platforms: config?.extensionLists['platform'] ?? DEFAULT_PLATFORMS,
    languages: config?.extensionLists['language'] ?? languagesOf(config?.languages ?? ['en']),
    fieldwork: config?.fieldwork ?? DEFAULT_FIELDWORK,
  };
}

function toStratum(s: { code: string; label: string; region?: string | undefined; urbanRural?: 'urban' | 'rural' | undefined }): Stratum {
  return {
    code: s.code,
    label: s.label,
    ...(s.region !== undefined && { region: s.region }),
    ...(s.urbanRural !== undefined && { urbanRural: s.urbanRural }),
  };
}

/** Regions named by the strata: labelled as their strata are ("North, urban" → "North"), else from the code. */
function regionsOf(strata: readonly Stratum[]): ChoiceDraft[] {
  const codes = [...new Set(strata.flatMap((s) => (s.region === undefined ? [] : [s.region])))];
  return codes.map((code) => {
    const named = strata.find((s) => s.region === code && /,\s*(urban|rural)$/i.test(s.label));
    const label = named ? named.label.replace(/,\s*(urban|rural)$/i, '') : code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
    return { code, label };
  });
}

function languagesOf(tags: readonly string[]): ChoiceDraft[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return tags.map((tag) => ({ code: tag, label: names.of(tag) ?? tag }));
}
