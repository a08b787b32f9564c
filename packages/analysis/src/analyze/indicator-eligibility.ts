import { referencedNames, satisfiesRange, type AssessmentConfig, type IndicatorContract, type RecordType } from '@dh/core';
import type { DesignRoute } from '../design/design-route.js';
import { populationFigure } from '../indicators/population-figure.js';

export interface EligibilityContext {
  readonly activityId: string;
  readonly pinnedVersion: string | undefined;
  readonly recordTypes: ReadonlyMap<string, RecordType>;
  /** Names each record type can offer: its fields, derived variables and design columns. */
  readonly namesOf: (recordType: string) => ReadonlySet<string>;
  readonly routeOf: (recordType: string) => DesignRoute | undefined;
  readonly config: AssessmentConfig;
}

/** Why a contract (an indicator or a table) cannot be computed from this assessment: its versions, its record type, the names it reads. */
export function contractIneligibility(
  contract: { readonly recordType: string; readonly acceptsVersions: string; readonly version: string },
  reads: readonly string[],
  ctx: EligibilityContext,
): string | undefined {
  if (ctx.pinnedVersion !== undefined) {
    const accepted = satisfiesRange(ctx.pinnedVersion, contract.acceptsVersions);
    if (accepted === undefined)
      return `its accepted versions "${contract.acceptsVersions}" or the pinned version "${ctx.pinnedVersion}" cannot be read as semver.`;
    if (!accepted)
      return `the data were collected with ${ctx.activityId} ${ctx.pinnedVersion} (assessment.json), and this contract (${contract.version}) accepts only ${contract.acceptsVersions}.`;
  }
  if (!ctx.recordTypes.has(contract.recordType)) return `its record type "${contract.recordType}" is not one of ${ctx.activityId}'s.`;
  const names = ctx.namesOf(contract.recordType);
  const unknown = [...new Set(reads)].filter((n) => !names.has(n));
  if (unknown.length > 0)
    return `it reads ${unknown.map((n) => `"${n}"`).join(', ')}, which record type "${contract.recordType}" does not have (neither a variable nor a derived variable).`;
  return undefined;
}

/** Why an indicator cannot be computed from this assessment, or undefined when it can. */
export function ineligibility(indicator: IndicatorContract, ctx: EligibilityContext): string | undefined {
  const expressions = [indicator.universe, indicator.numerator, indicator.value].filter((e) => e !== undefined);
  const general = contractIneligibility(indicator, [...expressions.flatMap(referencedNames), ...indicator.missingFrom], ctx);
  if (general !== undefined) return general;
  if (indicator.estimator === 'proportion' && !indicator.numerator) return 'a proportion needs a numerator and the contract has none.';
  if (indicator.estimator === 'mean' && !indicator.value) return 'a mean needs a value expression and the contract has none.';
  if (indicator.weighted && !ctx.routeOf(indicator.recordType)) {
    return `it is weighted, but record type "${indicator.recordType}" has no survey design: no design declaration of its own and no link to a record type with one.`;
  }
  if (indicator.estimator === 'rate-per-100000') {
    const base = indicator.populationBase ?? 'children';
    if (populationFigure(ctx.config, base) === undefined) return `a rate per 100,000 needs population.${base} in assessment.json.`;
  }
  return undefined;
}
