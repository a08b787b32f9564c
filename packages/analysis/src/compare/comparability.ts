import { compatibilityLine, satisfiesRange } from '@dh/core';
import type { ActivityResult, AnalysisResults } from '../results/results-schema.js';

/** The instrument version an assessment's data come from: its pin, else the installed package. */
export const instrumentVersion = (activity: ActivityResult): string => activity.pinnedVersion ?? activity.packageVersion;

/** A contract of either output kind, as compare reads it. */
export interface ComparedContract {
  readonly activity: string;
  readonly id: string;
  readonly version: string;
  readonly acceptsVersions: string;
  readonly computed: boolean;
  readonly reason: string | null;
  readonly derivedVariables?: readonly { readonly name: string; readonly version: string }[];
}

/**
 * Why one country's activity cannot stand beside the reference's at all (docs/methodology.md §
 * comparability): a different instrument major version, or a different value of one of the
 * parameters the activity declares must match (the survey's age range, its internet-user
 * definition). Undefined when it can.
 */
export function activityIncomparability(reference: AnalysisResults, other: AnalysisResults, activityId: string): string | undefined {
  const ref = reference.activities.find((a) => a.id === activityId);
  const own = other.activities.find((a) => a.id === activityId);
  const [R, C] = [reference.assessment.country, other.assessment.country];
  if (!ref) return `${R} (the reference) has no ${activityId} results.`;
  if (!own) return `${C} has no ${activityId} results.`;
  const [rv, cv] = [instrumentVersion(ref), instrumentVersion(own)];
  if (compatibilityLine(rv) === undefined || compatibilityLine(rv) !== compatibilityLine(cv)) {
    return `${C} used ${activityId} instrument ${cv}, ${R} ${rv}: different major versions, not comparable.`;
  }
  for (const parameter of ref.parameters) {
    const theirs = own.parameters.find((p) => p.id === parameter.id);
    if (theirs?.value !== parameter.value) {
      return `${parameter.title}: ${C} ${theirs?.value ?? '(not stated)'}, ${R} ${parameter.value}; not comparable.`;
    }
  }
  return undefined;
}

/** Why a contract of a comparable activity still cannot be compared: not computed, another definition, data outside what it accepts. */
export function contractIncomparability(
  reference: AnalysisResults,
  ref: ComparedContract,
  other: AnalysisResults,
  own: ComparedContract | undefined,
): string | undefined {
  const [R, C] = [reference.assessment.country, other.assessment.country];
  if (!ref.computed) return `not computed for ${R} (the reference): ${ref.reason ?? ''}`.trim();
  if (!own) return `${C}'s results have no ${ref.id}.`;
  if (!own.computed) return `not computed for ${C}: ${own.reason ?? ''}`.trim();
  if (compatibilityLine(own.version) !== compatibilityLine(ref.version)) {
    return `${C} computed it with contract ${own.version}, ${R} with ${ref.version}: the definition changed, not comparable.`;
  }
  for (const variable of ref.derivedVariables ?? []) {
    const theirs = own.derivedVariables?.find((d) => d.name === variable.name);
    if (!theirs || compatibilityLine(theirs.version) !== compatibilityLine(variable.version)) {
      return `${C} used ${variable.name} ${theirs?.version ?? '(none)'}, ${R} ${variable.version}: the composite changed, not comparable.`;
    }
  }
  const activity = other.activities.find((a) => a.id === ref.activity);
  const version = activity ? instrumentVersion(activity) : undefined;
  if (version !== undefined && satisfiesRange(version, ref.acceptsVersions) !== true) {
    return `${C}'s data come from instrument ${version}, outside the versions this contract accepts (${ref.acceptsVersions}).`;
  }
  return undefined;
}
