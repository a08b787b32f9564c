import { compatibilityLine, satisfiesRange } from '../analyze/version-range.js';
import type { ActivityResult, AnalysisResults, IndicatorResult } from '../results/results-schema.js';

const ages = (r: AnalysisResults): string => (r.assessment.ageRange ? `${r.assessment.ageRange.min}–${r.assessment.ageRange.max}` : 'no age range');

/** The instrument version an assessment's data come from: its pin, else the installed package. */
export const instrumentVersion = (activity: ActivityResult): string => activity.pinnedVersion ?? activity.packageVersion;

/**
 * Why one country's activity cannot stand beside the reference's at all (methodology.md §
 * comparability): a different instrument major version, or for survey activities a
 * different population (age range, internet-user definition). Undefined when it can.
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
  if (!ref.usesSurveyDesign) return undefined;
  if (ages(reference) !== ages(other)) return `${C} surveyed ages ${ages(other)}, ${R} ${ages(reference)}: not comparable.`;
  const [rm, cm] = [reference.assessment.internetUser?.recallMonths, other.assessment.internetUser?.recallMonths];
  if (rm !== cm) {
    return `${C} counts as internet users children who used the internet in the past ${cm ?? '?'} months, ${R} in the past ${rm ?? '?'} months: not comparable.`;
  }
  return undefined;
}

/** Why an indicator of a comparable activity still cannot be compared: not computed, another definition, data outside what it accepts. */
export function indicatorIncomparability(reference: AnalysisResults, ref: IndicatorResult, other: AnalysisResults): string | undefined {
  const [R, C] = [reference.assessment.country, other.assessment.country];
  if (ref.status !== 'estimated') return `not computed for ${R} (the reference): ${ref.reason ?? ''}`.trim();
  const own = other.indicators.find((i) => i.activity === ref.activity && i.id === ref.id);
  if (!own) return `${C}'s results have no indicator ${ref.id}.`;
  if (own.status !== 'estimated') return `not computed for ${C}: ${own.reason ?? ''}`.trim();
  if (compatibilityLine(own.version) !== compatibilityLine(ref.version)) {
    return `${C} computed it with contract ${own.version}, ${R} with ${ref.version}: the definition changed, not comparable.`;
  }
  for (const variable of ref.derivedVariables) {
    const theirs = own.derivedVariables.find((d) => d.name === variable.name);
    if (!theirs || compatibilityLine(theirs.version) !== compatibilityLine(variable.version)) {
      return `${C} used ${variable.name} ${theirs?.version ?? '(none)'}, ${R} ${variable.version}: the composite changed, not comparable.`;
    }
  }
  const activity = other.activities.find((a) => a.id === ref.activity);
  const version = activity ? instrumentVersion(activity) : undefined;
  if (version !== undefined && satisfiesRange(version, ref.acceptsVersions) !== true) {
    return `${C}'s data come from instrument ${version}, outside the versions this indicator accepts (${ref.acceptsVersions}).`;
  }
  return undefined;
}
