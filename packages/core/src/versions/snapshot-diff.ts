import { describeExpression } from '../expression/describe.js';
import type { Expr } from '../expression/ast.js';
import type { Text } from '../instrument/types.js';
import type { ActivitySnapshot } from './activity-snapshot-schema.js';
import { highestBumpLevel, type BumpLevel } from './bump-level.js';
import { SNAPSHOT_RULES } from './change-rules.js';

/** One classified change between two snapshots of an activity. */
export interface SnapshotChange {
  readonly level: BumpLevel;
  /** What kind of thing changed: "question", "code list", "indicator". */
  readonly area: string;
  /** Which one: `child_survey/c_blackmail`, `yes_no`. */
  readonly subject: string;
  /** What happened to it: "removed", "relevance changed". */
  readonly what: string;
  /** The rule that sets the level (docs/methodology.md § comparability). */
  readonly why: string;
  readonly before?: string;
  readonly after?: string;
}

export interface SnapshotDiff {
  readonly activity: string;
  readonly from: string;
  readonly to: string;
  /** The highest level of any change; undefined when nothing comparability depends on changed. */
  readonly level: BumpLevel | undefined;
  readonly changes: readonly SnapshotChange[];
}

/** A judgement on one change: its level, a few words on what happened, and why that level. */
export interface Judged {
  readonly level: BumpLevel;
  readonly what: string;
  readonly why: string;
}

/** How a value is shown in a change: an expression in words, a text with its key, or as JSON. */
export type Shown = 'expr' | 'text' | 'value';

export type FieldRule =
  | 'ignore'
  | { readonly text: true }
  | { readonly judge: (before: unknown, after: unknown, items: Items) => Judged | undefined; readonly show?: Shown }
  | { readonly nested: (after: Record<string, unknown>) => EntityRules };

/** The two versions of the item a field belongs to, for rules that depend on its other fields. */
export interface Items {
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
}

/** How the items of one list in a snapshot (questions, codes, indicators) are matched and judged. */
export interface EntityRules {
  readonly area: string;
  readonly id: (item: Record<string, unknown>) => string;
  readonly added: (item: Record<string, unknown>) => Judged;
  readonly removed: Judged;
  /** Fields not named here are judged major: a fact comparability depends on changed. */
  readonly fields: Readonly<Record<string, FieldRule>>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every change from one snapshot of an activity to another, each classified. */
export function diffSnapshots(from: ActivitySnapshot, to: ActivitySnapshot): SnapshotDiff {
  const changes: SnapshotChange[] = [];
  for (const [list, rules] of Object.entries(SNAPSHOT_RULES))
    diffLists(rules, (from as Record<string, unknown>)[list], (to as Record<string, unknown>)[list], '', changes);
  diffTranslations(from.translations, to.translations, changes);
  return { activity: to.activity, from: from.version, to: to.version, level: highestBumpLevel(changes.map((c) => c.level)), changes };
}

function diffLists(rules: EntityRules, before: unknown, after: unknown, parent: string, out: SnapshotChange[]): void {
  const asList = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  const subject = (item: Record<string, unknown>): string => `${parent}${rules.id(item)}`;
  const old = new Map(asList(before).map((item) => [rules.id(item), item]));
  const now = new Map(asList(after).map((item) => [rules.id(item), item]));
  for (const [id, item] of old)
    if (!now.has(id)) out.push({ area: rules.area, subject: subject(item), ...rules.removed, before: JSON.stringify(item) });
  for (const [id, item] of now) {
    const was = old.get(id);
    if (was === undefined) out.push({ area: rules.area, subject: subject(item), ...rules.added(item), after: JSON.stringify(item) });
    else diffItem(rules, was, item, subject(item), out);
  }
}

function diffItem(
  rules: EntityRules,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  subject: string,
  out: SnapshotChange[],
): void {
  // In the order the rules name the fields (type before bounds), then any the rules do not know.
  for (const field of new Set([...Object.keys(rules.fields), ...Object.keys(before), ...Object.keys(after)])) {
    const [b, a] = [before[field], after[field]];
    const rule = rules.fields[field];
    if (rule === 'ignore' || same(b, a)) continue;
    if (rule !== undefined && 'nested' in rule) {
      diffLists(rule.nested(after), b, a, `${subject}/`, out);
      continue;
    }
    const judged =
      rule === undefined
        ? { level: 'major' as const, what: `${field} changed`, why: 'a fact comparability depends on changed' }
        : 'text' in rule
          ? judgeText(field, b as Text | undefined, a as Text | undefined)
          : rule.judge(b, a, { before, after });
    if (judged === undefined) continue;
    const shown = rule !== undefined && 'text' in rule ? 'text' : rule !== undefined && 'judge' in rule ? (rule.show ?? 'value') : 'value';
    out.push({ area: rules.area, subject, ...judged, ...present('before', b, shown), ...present('after', a, shown) });
  }
}

/**
 * Source wording is patch when its key stays (translations still apply), shown in full so a
 * reviewer can escalate; a new key means every language translates it again (minor).
 */
function judgeText(field: string, before: Text | undefined, after: Text | undefined): Judged {
  if (before !== undefined && after !== undefined && before.key !== after.key)
    return { level: 'minor', what: `${field} translation key changed`, why: 'every language must translate it again' };
  return {
    level: 'patch',
    what: `${field} wording changed`,
    why: 'source wording with the same key: patch unless the meaning changed (then record an escalation in the changeset)',
  };
}

function present(side: 'before' | 'after', value: unknown, shown: Shown): { before?: string; after?: string } {
  if (value === undefined) return {};
  const text =
    shown === 'expr'
      ? describeExpression(value as Expr)
      : shown === 'text'
        ? `"${(value as Text).en}" [${(value as Text).key}]`
        : JSON.stringify(value);
  return { [side]: text };
}

type LanguageTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Translations the package ships: a new one adds (minor), a changed one is wording (patch). */
function diffTranslations(before: LanguageTexts, after: LanguageTexts, out: SnapshotChange[]): void {
  for (const language of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const [old, now] = [before[language] ?? {}, after[language] ?? {}];
    for (const key of [...new Set([...Object.keys(old), ...Object.keys(now)])]) {
      const [b, a] = [old[key], now[key]];
      if (b === a) continue;
      const subject = `${language}/${key}`;
      const shown = { ...(b !== undefined && { before: b }), ...(a !== undefined && { after: a }) };
      if (b === undefined) out.push({ area: 'translation', subject, level: 'minor', what: 'added', why: 'a translation added', ...shown });
      else if (a === undefined)
        out.push({
          area: 'translation',
          subject,
          level: 'minor',
          what: 'removed',
          why: 'countries using it must translate it again',
          ...shown,
        });
      else out.push({ area: 'translation', subject, level: 'patch', what: 'wording changed', why: 'a translation reworded', ...shown });
    }
  }
}
