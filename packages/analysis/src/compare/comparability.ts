import { compareVersions, compatibilityLine, satisfiesRange, type SnapshotChange } from '@dh/core';
import type { ActivityResult, AnalysisResults } from '../results/results-schema.js';

/** The instrument version an assessment's data come from: its pin, else the installed package. */
export const instrumentVersion = (activity: ActivityResult): string => activity.pinnedVersion ?? activity.packageVersion;

/**
 * The classified changes between two released versions of an activity, from its published
 * snapshots (`from` the older); undefined when either snapshot is not at hand.
 */
export type VersionChanges = (activity: string, from: string, to: string) => readonly SnapshotChange[] | undefined;

/** Changes shown in a refusal before "and N more". */
const CHANGES_SHOWN = 3;

/** " (before → after)" when both are short enough to read in a table cell. */
function fromTo(change: SnapshotChange): string {
  const { before, after } = change;
  return before !== undefined && after !== undefined && before.length + after.length <= 80 ? ` (${before} → ${after})` : '';
}

/** The two versions oldest first. */
function ordered(a: string, b: string): [string, string] {
  return compareVersions(a, b) <= 0 ? [a, b] : [b, a];
}

/**
 * The major changes between two versions, in words ("What changed: question child/x: removed; …"),
 * those matching `about` when given; empty when the snapshots are not at hand or none is major.
 */
function whatChanged(
  changes: VersionChanges | undefined,
  activity: string,
  versions: [string, string],
  about?: (change: SnapshotChange) => boolean,
): string {
  const [from, to] = ordered(...versions);
  const major = (changes?.(activity, from, to) ?? []).filter((c) => c.level === 'major' && (about?.(c) ?? true));
  if (major.length === 0) return '';
  const shown = major.slice(0, CHANGES_SHOWN).map((c) => `${c.area} ${c.subject}: ${c.what}${fromTo(c)}`);
  const more = major.length > CHANGES_SHOWN ? ` and ${major.length - CHANGES_SHOWN} more` : '';
  return ` What changed from ${from} to ${to}: ${shown.join('; ')}${more} (all of it: dh diff --activity ${activity} --from ${from} --to ${to}).`;
}

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
export function activityIncomparability(
  reference: AnalysisResults,
  other: AnalysisResults,
  activityId: string,
  changes?: VersionChanges,
): string | undefined {
  const ref = reference.activities.find((a) => a.id === activityId);
  const own = other.activities.find((a) => a.id === activityId);
  const [R, C] = [reference.assessment.country, other.assessment.country];
  if (!ref) return `${R} (the reference) has no ${activityId} results.`;
  if (!own) return `${C} has no ${activityId} results.`;
  const [rv, cv] = [instrumentVersion(ref), instrumentVersion(own)];
  if (compatibilityLine(rv) === undefined || compatibilityLine(rv) !== compatibilityLine(cv)) {
    return `${C} used ${activityId} instrument ${cv}, ${R} ${rv}: different major versions, not comparable.${whatChanged(changes, activityId, [rv, cv])}`;
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
  changes?: VersionChanges,
): string | undefined {
  const [R, C] = [reference.assessment.country, other.assessment.country];
  if (!ref.computed) return `not computed for ${R} (the reference): ${ref.reason ?? ''}`.trim();
  if (!own) return `${C}'s results have no ${ref.id}.`;
  if (!own.computed) return `not computed for ${C}: ${own.reason ?? ''}`.trim();
  if (compatibilityLine(own.version) !== compatibilityLine(ref.version)) {
    const activity = other.activities.find((a) => a.id === ref.activity);
    const referenceActivity = reference.activities.find((a) => a.id === ref.activity);
    const changed =
      activity && referenceActivity
        ? whatChanged(
            changes,
            ref.activity,
            [instrumentVersion(referenceActivity), instrumentVersion(activity)],
            (c) => c.subject === ref.id,
          )
        : '';
    return `${C} computed it with contract ${own.version}, ${R} with ${ref.version}: the definition changed, not comparable.${changed}`;
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
