import { all, q, type Expr, type IndicatorContract, type MissingTreatment, type PopulationBase } from '@dh/core';
import { childConsented } from '../instruments/child/consent.js';
import type { SurveyParameters } from '../survey-parameters.js';
import { ACTIVITY_ID, HOUSEHOLD_SURVEY_VERSION } from '../version.js';

/** Data of this major instrument version are comparable (docs/methodology.md § comparability; 0.x: this minor). */
export const ACCEPTS_VERSIONS = `^${HOUSEHOLD_SURVEY_VERSION}`;

export interface ProportionDraft {
  readonly id: string;
  readonly title: string;
  readonly definition: string;
  readonly recordType: string;
  readonly universe: Expr;
  readonly numerator: Expr;
  readonly missing: {
    readonly dontKnow: MissingTreatment;
    readonly refused: MissingTreatment;
    readonly missing: MissingTreatment;
    readonly note: string;
  };
  readonly missingFrom: readonly string[];
  readonly recallPeriod: string;
  readonly disaggregations: readonly string[];
  readonly caveat?: string;
  /** The population the universe stands for, where a national count makes sense (docs/methodology.md: prevalence × population). */
  readonly populationBase?: PopulationBase;
}

/** A weighted proportion: the universe and numerator expressions already apply the stated missing treatment. */
export function proportion(draft: ProportionDraft): IndicatorContract {
  return {
    ...draft,
    activity: ACTIVITY_ID,
    acceptsVersions: ACCEPTS_VERSIONS,
    version: '1.0.0',
    estimator: 'proportion',
    weighted: true,
  };
}

/** Answered with a substantive code, so "don't know", "prefer not to say" and no answer are outside the universe. */
export const substantive = (name: string, ...codes: readonly string[]): Expr => q(name).in(...(codes.length > 0 ? codes : ['yes', 'no']));

/**
 * The published base: internet-using children of the survey's age range who consented
 * (docs/methodology.md § household-survey, headline indicators).
 */
export function internetUsingChildren(params: SurveyParameters): Expr {
  return all(childConsented, q('internet_use_recall').eq('yes'), q('age').between(params.ageMin, params.ageMax));
}

export const EXCLUDE_ALL = { dontKnow: 'exclude', refused: 'exclude', missing: 'exclude' } as const;

export const PAST_YEAR = 'past 12 months';
