import { compareVersions, compatibilityLine, satisfiesRange, type SnapshotChange } from '@dh/core';
import type { ActivityResult, AnalysisResults } from '../results/results-schema.js';

/** The instrument version an assessment's data come from: its pin, else the installed package. */
export const instrumentVersion = (activity: ActivityResult): string => activity.pinnedVersion ?? activity.packageVersion;

/**
 * The classified changes between two released versions of an activity, from its published
 * snapshots (`from` the older); undefined when either snapshot is not at hand.
 */
export type VersionChanges = (activity: string, from: string, to: string) => readonly SnapshotChange[] | undefined;

/**
 * The version in which the definition of each item of a status table last changed in a way that
 * breaks comparison (a checklist's `definedIn`), as the activity published it at `version`, by
 * item code; undefined when that version's snapshot is not at hand or the table's items declare
 * none.
 */
export type ItemDefinitions = (activity: string, version: string, table: string) => ReadonlyMap<string, string> | undefined;

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
  return parameterIncomparability(ref, own, R, C);
}

/** The first parameter the activity declares whose value differs between the two countries, in words. */
function parameterIncomparability(ref: ActivityResult, own: ActivityResult, R: string, C: string): string | undefined {
  for (const parameter of ref.parameters) {
    const theirs = own.parameters.find((p) => p.id === parameter.id);
    if (theirs?.value !== parameter.value) {
      return `${parameter.title}: ${C} ${theirs?.value ?? '(not stated)'}, ${R} ${parameter.value}; not comparable.`;
    }
  }
  return undefined;
}

/**
 * For a status table whose items each declare the version their definition dates from (a legal
 * checklist's provisions): why one item of a country on another major version of the activity
 * cannot stand beside the reference's, or undefined where it can (docs/methodology.md §
 * comparability). A major version says that something in the activity changed meaning, not that
 * every item did: an item whose definition, in the newer of the two versions, dates from the
 * older version or before means the same in both, so it is compared; one whose definition
 * changed since is refused with the versions named.
 *
 * Undefined as a whole where the activity is not judged item by item, so its whole-activity
 * refusal stands: the same compatibility line, a parameter that differs, or no item definitions
 * at hand for the newer version (a snapshot not published with the installed package).
 */
export function itemIncomparability(
  reference: AnalysisResults,
  other: AnalysisResults,
  activityId: string,
  table: string,
  definitions: ItemDefinitions | undefined,
  changes?: VersionChanges,
): ((item: string) => string | undefined) | undefined {
  const ref = reference.activities.find((a) => a.id === activityId);
  const own = other.activities.find((a) => a.id === activityId);
  if (!ref || !own || definitions === undefined) return undefined;
  const [R, C] = [reference.assessment.country, other.assessment.country];
  const [rv, cv] = [instrumentVersion(ref), instrumentVersion(own)];
  const [lineR, lineC] = [compatibilityLine(rv), compatibilityLine(cv)];
  if (lineR === undefined || lineC === undefined || lineR === lineC) return undefined;
  if (parameterIncomparability(ref, own, R, C) !== undefined) return undefined;
  const [older, newer] = ordered(rv, cv);
  // The newer version's dates alone decide: each is when the item last changed up to that version.
  const definedIn = definitions(activityId, newer, table);
  if (definedIn === undefined) return undefined;
  return (item) => {
    const since = definedIn.get(item);
    if (since !== undefined && compareVersions(since, older) <= 0) return undefined;
    const what = since === undefined ? `${item} is not an item of ${newer}` : `the definition of ${item} changed in ${since}`;
    const about = (c: SnapshotChange): boolean => c.subject === item || c.subject.endsWith(`/${item}`);
    return `${C} used ${activityId} instrument ${cv}, ${R} ${rv}: ${what}, not comparable.${whatChanged(changes, activityId, [rv, cv], about)}`;
  };
}

/**
 * Why a contract of a comparable activity still cannot be compared: not computed, another
 * definition, data outside what it accepts. `itemByItem`: the items of a status table are judged
 * one by one (itemIncomparability), so the reference's accepted versions do not refuse the whole
 * table: each country's table was computed under its own contract from data it accepts.
 */
export function contractIncomparability(
  reference: AnalysisResults,
  ref: ComparedContract,
  other: AnalysisResults,
  own: ComparedContract | undefined,
  changes?: VersionChanges,
  itemByItem = false,
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
  if (!itemByItem && version !== undefined && satisfiesRange(version, ref.acceptsVersions) !== true) {
    return `${C}'s data come from instrument ${version}, outside the versions this contract accepts (${ref.acceptsVersions}).`;
  }
  return undefined;
}
