import type { AssessmentConfig, ChoiceDraft } from '@dh/core';

/** One stratum of the design: region × urban/rural (methodology.md § household-survey). */
export interface Stratum {
  readonly code: string;
  readonly label: string;
  readonly region?: string;
  readonly urbanRural?: 'urban' | 'rural';
}

/**
 * Everything a country may vary in this survey, read from its assessment config with the
 * published defaults where there is none (architecture.md, principle 5).
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
  /** Region codes and labels, from `extensionLists.region` or else the strata's regions. */
  readonly regions: readonly ChoiceDraft[];
  readonly platforms: readonly ChoiceDraft[];
  readonly languages: readonly ChoiceDraft[];
  readonly fieldwork: { readonly start: string; readonly end: string };
}

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

export function surveyParameters(config?: AssessmentConfig): SurveyParameters {
  const survey = config?.survey;
  const strata: readonly Stratum[] = survey?.strata.map(toStratum) ?? DEFAULT_STRATA;
  return {
    ageMin: survey?.ageRange.min ?? 12,
    ageMax: survey?.ageRange.max ?? 17,
    recallMonths: survey?.internetUser.recallMonths ?? 3,
    strata,
    stratumVariable: survey?.stratumVariable ?? 'stratum',
    psuVariable: survey?.psuVariable ?? 'psu',
    weightVariable: survey?.weightVariable ?? 'weight',
    regions: config?.extensionLists['region'] ?? regionsOf(strata),
    platforms: config?.extensionLists['platform'] ?? DEFAULT_PLATFORMS,
    languages: config?.extensionLists['language'] ?? languagesOf(config?.languages ?? ['en']),
    fieldwork: config?.fieldwork ?? { start: '2021-01-11', end: '2021-04-30' },
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

function regionsOf(strata: readonly Stratum[]): ChoiceDraft[] {
  const codes = [...new Set(strata.flatMap((s) => (s.region === undefined ? [] : [s.region])))];
  return codes.map((code) => ({ code, label: code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) }));
}

function languagesOf(tags: readonly string[]): ChoiceDraft[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return tags.map((tag) => ({ code: tag, label: names.of(tag) ?? tag }));
}
