import {
  diffSnapshots,
  type ActivitySnapshot,
  type AssessmentConfig,
  type BumpLevel,
  type SnapshotChange,
  type Translations,
} from '@dh/core';

/** A text of the new version whose translation needs a person: new, or its English source changed. */
export interface TranslationToReview {
  readonly key: string;
  readonly source: string;
  readonly status: 'new' | 'source changed';
  /** The English source before, for a changed one. */
  readonly was?: string;
  /** The assessment languages that have no translation of it (all of them, for a new text). */
  readonly untranslated: readonly string[];
  /** The languages whose translation was made for the old source: kept, to be checked. */
  readonly toCheck: readonly string[];
}

/** A code of the country's own extension list that the new version makes part of the core list. */
export interface ExtensionCodeChange {
  readonly list: string;
  readonly code: string;
  readonly status: 'now in core' | 'not in the fixed list';
}

/** A country question whose extension point the new version moved or no longer has. */
export interface CountryQuestionConflict {
  readonly question: string;
  readonly at: string;
  readonly kind: 'moved' | 'vanished';
  readonly was?: string;
  readonly now?: string;
}

export interface UpgradePlan {
  readonly activity: string;
  readonly from: string;
  readonly to: string;
  /** The highest level of the classified changes (dh diff's). */
  readonly level: BumpLevel | undefined;
  readonly changes: readonly SnapshotChange[];
  readonly translations: readonly TranslationToReview[];
  readonly extensionCodes: readonly ExtensionCodeChange[];
  readonly conflicts: readonly CountryQuestionConflict[];
  /** Why the upgrade cannot be applied as it stands; empty when it can. */
  readonly blockers: readonly string[];
}

export interface UpgradeInput {
  readonly from: ActivitySnapshot;
  readonly to: ActivitySnapshot;
  readonly config: AssessmentConfig;
  /** The assessment's own translations, by language. */
  readonly translations: Readonly<Record<string, Translations>>;
  /** Data files of the activity in the assessment (data/<id>/), relative paths. */
  readonly dataFiles: readonly string[];
  readonly allowMajor: boolean;
}

/**
 * What moving an assessment from one version of an activity to another changes, and what needs a
 * person (docs/methodologists.md § upgrading a country): the classified changes, texts to
 * translate or check, extension codes the core now has, and country questions whose extension
 * point moved (a conflict to review) or vanished (a conflict that stops the upgrade: a question
 * is never dropped silently). A major upgrade is refused while data of the activity exist, unless
 * allowed: the data would no longer match the instrument.
 */
export function planUpgrade(input: UpgradeInput): UpgradePlan {
  const { from, to, config } = input;
  const diff = diffSnapshots(from, to);
  const conflicts = countryQuestionConflicts(input);
  const extensionCodes = extensionCodeChanges(from, to, config);
  const blockers: string[] = [];
  for (const c of conflicts.filter((c) => c.kind === 'vanished'))
    blockers.push(
      `country question ${c.question} is at extension point "${c.at}", which ${to.activity} ${to.version} no longer has: move it to one of the new version's points (activities.${to.activity}.countryQuestions in assessment.json), or remove it on purpose, then run dh upgrade again.`,
    );
  for (const c of extensionCodes.filter((c) => c.status === 'not in the fixed list'))
    blockers.push(
      `extension list ${c.list} is a fixed list in ${to.version}, and its codes do not include the country's "${c.code}": record those answers with a code of the fixed list, then remove extensionLists.${c.list} from assessment.json.`,
    );
  if (diff.level === 'major' && input.dataFiles.length > 0 && !input.allowMajor)
    blockers.push(
      `${to.activity} ${from.version} → ${to.version} is a major change (${majors(diff.changes.filter((c) => c.level === 'major').length)}), and data/${to.activity}/ holds ${files(input.dataFiles.length)} collected with ${from.version}: they would no longer match the instrument. Finish or archive that data collection first, or pass --allow-major to upgrade anyway (the data are then validated against ${to.version}).`,
    );
  return {
    activity: to.activity,
    from: from.version,
    to: to.version,
    level: diff.level,
    changes: diff.changes,
    translations: translationsToReview(from, to, config, input.translations),
    extensionCodes,
    conflicts,
    blockers,
  };
}

interface PointPlace {
  readonly instrument: string;
  readonly group: string;
  readonly recordType: string;
}

function extensionPointPlaces(snapshot: ActivitySnapshot): Map<string, PointPlace> {
  const places = new Map<string, PointPlace>();
  for (const instrument of snapshot.instruments)
    if (instrument.kind === 'questionnaire')
      for (const p of instrument.extensionPoints ?? [])
        places.set(p.id, { instrument: instrument.id, group: p.group, recordType: p.recordType });
  return places;
}

const placeText = (p: PointPlace): string => `the end of ${p.instrument}/${p.group} (record type ${p.recordType})`;

function countryQuestionConflicts({ from, to, config }: UpgradeInput): CountryQuestionConflict[] {
  const [before, after] = [extensionPointPlaces(from), extensionPointPlaces(to)];
  const conflicts: CountryQuestionConflict[] = [];
  for (const q of config.activities[to.activity]?.countryQuestions ?? []) {
    const [was, now] = [before.get(q.at), after.get(q.at)];
    if (now === undefined) conflicts.push({ question: q.name, at: q.at, kind: 'vanished', ...(was && { was: placeText(was) }) });
    else if (was !== undefined && placeText(was) !== placeText(now))
      conflicts.push({ question: q.name, at: q.at, kind: 'moved', was: placeText(was), now: placeText(now) });
  }
  return conflicts;
}

function extensionCodeChanges(from: ActivitySnapshot, to: ActivitySnapshot, config: AssessmentConfig): ExtensionCodeChange[] {
  const changes: ExtensionCodeChange[] = [];
  for (const [list, entries] of Object.entries(config.extensionLists)) {
    const [before, after] = [from.codeLists.find((l) => l.name === list), to.codeLists.find((l) => l.name === list)];
    // Only a list this activity had as an extension list and now fixes concerns it.
    if (before?.extension !== true || after === undefined || after.extension) continue;
    const core = new Set(after.choices.map((c) => c.code));
    for (const entry of entries)
      changes.push({ list, code: entry.code, status: core.has(entry.code) ? 'now in core' : 'not in the fixed list' });
  }
  return changes;
}

/** Every translatable text of a snapshot (`{ key, en }` anywhere but its shipped translations), by key. */
function textsOf(snapshot: ActivitySnapshot): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['key'] === 'string' && typeof record['en'] === 'string') texts.set(record['key'], record['en']);
      else for (const [field, inner] of Object.entries(record)) if (field !== 'translations') visit(inner);
    }
  };
  visit(snapshot);
  return texts;
}

function translationsToReview(
  from: ActivitySnapshot,
  to: ActivitySnapshot,
  config: AssessmentConfig,
  own: Readonly<Record<string, Translations>>,
): TranslationToReview[] {
  const languages = config.languages.filter((l) => l !== 'en');
  const [before, after] = [textsOf(from), textsOf(to)];
  const out: TranslationToReview[] = [];
  for (const [key, source] of after) {
    const was = before.get(key);
    if (was === source) continue;
    const translated = languages.filter((l) => (own[l]?.[key] ?? '').trim() !== '');
    const untranslated = languages.filter((l) => !translated.includes(l));
    if (was === undefined) out.push({ key, source, status: 'new', untranslated, toCheck: [] });
    else out.push({ key, source, status: 'source changed', was, untranslated, toCheck: translated });
  }
  return out;
}

const majors = (n: number): string => `${n} major change${n === 1 ? '' : 's'}`;
const files = (n: number): string => `${n} data file${n === 1 ? '' : 's'}`;
