import { referencedNames, type DerivedVariable, type IndicatorContract } from '@dh/core';
import type { IndicatorResult } from '../results/results-schema.js';

/**
 * The versioned derived variables an indicator's definition uses, by name or by writing
 * out the same expression: results carry their versions so a change of a composite's
 * definition shows in every result (docs/methodology.md: the composite is a versioned rule).
 */
export function derivedVariablesUsed(
  indicator: IndicatorContract,
  variables: readonly DerivedVariable[],
): { name: string; version: string }[] {
  const expressions = [indicator.universe, indicator.numerator, indicator.value].filter((e) => e !== undefined);
  const names = new Set(expressions.flatMap(referencedNames));
  // JSON.stringify is compositional, so a sub-expression's text is a substring of its parent's.
  const texts = expressions.map((e) => JSON.stringify(e));
  return variables
    .filter((v) => {
      if (v.recordType !== indicator.recordType) return false;
      const text = JSON.stringify(v.expr);
      return names.has(v.name) || texts.some((t) => t.includes(text));
    })
    .map((v) => ({ name: v.name, version: v.version }));
}

export interface IndicatorOutcome {
  readonly reason?: string;
  readonly design?: string;
  readonly missingApplied?: IndicatorResult['missingApplied'];
}

/** The contract as published with the results, with what happened to it. */
export function indicatorResult(
  indicator: IndicatorContract,
  variables: readonly DerivedVariable[],
  disaggregations: readonly string[],
  outcome: IndicatorOutcome,
): IndicatorResult {
  return {
    activity: indicator.activity,
    id: indicator.id,
    title: indicator.title,
    definition: indicator.definition,
    recordType: indicator.recordType,
    version: indicator.version,
    acceptsVersions: indicator.acceptsVersions,
    estimator: indicator.estimator,
    weighted: indicator.weighted,
    recallPeriod: indicator.recallPeriod,
    missing: { ...indicator.missing },
    missingFrom: [...indicator.missingFrom],
    missingApplied: outcome.missingApplied ?? null,
    disaggregations: [...disaggregations],
    populationBase: indicator.populationBase ?? null,
    derivedVariables: derivedVariablesUsed(indicator, variables),
    design: outcome.design ?? null,
    caveat: indicator.caveat ?? null,
    status: outcome.reason === undefined ? 'estimated' : 'not-computed',
    reason: outcome.reason ?? null,
  };
}
