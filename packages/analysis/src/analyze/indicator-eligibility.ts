import { populationBaseOf, referencedNames, type AssessmentConfig, type IndicatorContract, type RecordType } from '@dh/core';
import type { DesignRoute } from '../design/design-route.js';
import { populationFigure } from '../indicators/population-figure.js';
import { satisfiesRange } from './version-range.js';

export interface EligibilityContext {
  readonly activityId: string;
  readonly pinnedVersion: string | undefined;
  readonly recordTypes: ReadonlyMap<string, RecordType>;
  /** Names each record type can offer: its fields, derived variables and design columns. */
  readonly namesOf: (recordType: string) => ReadonlySet<string>;
  readonly routeOf: (recordType: string) => DesignRoute | undefined;
  readonly config: AssessmentConfig;
}

/** Why an indicator cannot be computed from this assessment, or undefined when it can. */
export function ineligibility(indicator: IndicatorContract, ctx: EligibilityContext): string | undefined {
  if (ctx.pinnedVersion !== undefined) {
    const accepted = satisfiesRange(ctx.pinnedVersion, indicator.acceptsVersions);
    if (accepted === undefined) return `its accepted versions "${indicator.acceptsVersions}" or the pinned version "${ctx.pinnedVersion}" cannot be read as semver.`;
    if (!accepted) return `the data were collected with ${ctx.activityId} ${ctx.pinnedVersion} (assessment.json), and this indicator (contract ${indicator.version}) accepts only ${indicator.acceptsVersions}.`;
  }
  const recordType = ctx.recordTypes.get(indicator.recordType);
  if (!recordType) return `its record type "${indicator.recordType}" is not one of ${ctx.activityId}'s.`;
  if (indicator.estimator === 'proportion' && !indicator.numerator) return 'a proportion needs a numerator and the contract has none.';
  if (indicator.estimator === 'mean' && !indicator.value) return 'a mean needs a value expression and the contract has none.';
  if (indicator.weighted && !ctx.routeOf(indicator.recordType)) {
    return `it is weighted, but record type "${indicator.recordType}" has no survey design: no design declaration of its own and no link to a record type with one.`;
  }
  if (indicator.estimator === 'rate-per-100000') {
    const base = populationBaseOf(indicator) ?? 'children';
    if (populationFigure(ctx.config, base) === undefined) return `a rate per 100,000 needs population.${base} in assessment.json.`;
  }
  const names = ctx.namesOf(indicator.recordType);
  const expressions = [indicator.universe, indicator.numerator, indicator.value].filter((e) => e !== undefined);
  const unknown = [...new Set([...expressions.flatMap(referencedNames), ...indicator.missingFrom])].filter((n) => !names.has(n));
  if (unknown.length > 0) return `it reads ${unknown.map((n) => `"${n}"`).join(', ')}, which record type "${indicator.recordType}" does not have (neither a variable nor a derived variable).`;
  return undefined;
}
