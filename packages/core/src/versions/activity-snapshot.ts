import type { ActivityDefinition, BuiltActivity } from '../activity/activity-definition.js';
import type { TableContract } from '../activity/table-contracts.js';
import type { ActivityInstrument } from '../instrument/activity-instrument.js';
import { frameCodes } from '../instrument/coding-frame.js';
import type { Translations } from '../instrument/translations.js';
import type { ChoiceList, Instrument } from '../instrument/types.js';
import { extensionPointsOf } from '../instrument/extension-points.js';
import { placedQuestions } from '../instrument/walk.js';
import type { FieldDefinition, RecordType } from '../records/record-type.js';
import { activitySnapshotSchema, type ActivitySnapshot, type InstrumentSnapshot } from './activity-snapshot-schema.js';

/**
 * Everything comparability depends on in an activity as published (built without an
 * assessment), as one JSON document: what `dh diff` compares and `dh versions publish`
 * commits. `translations` are the languages the package ships besides English.
 */
export function activitySnapshot(
  activity: ActivityDefinition,
  translations: Readonly<Record<string, Translations>> = {},
): ActivitySnapshot {
  const built = activity.build();
  const fromQuestionnaire = new Set(built.instruments.flatMap((i) => (i.kind === 'questionnaire' ? recordTypesOfQuestionnaire(i) : [])));
  const snapshot = {
    snapshotFormat: 1,
    activity: activity.id,
    version: activity.version,
    kind: activity.kind,
    title: activity.title,
    instruments: built.instruments.map(instrumentSnapshot),
    recordTypes: built.recordTypes.map((r) => recordTypeSnapshot(r, fromQuestionnaire.has(r.name))),
    codeLists: codeListsOf(built),
    derivedVariables: built.derivedVariables.map(({ name, recordType, version, title, description, expr }) => ({
      name,
      recordType,
      version,
      title,
      description,
      expr,
    })),
    disaggregations: built.disaggregations,
    indicators: built.indicators.map(({ activity: _activity, ...indicator }) => indicator),
    tables: built.tables.map(tableSnapshot),
    recordRules: built.recordRules,
    datasetRules: built.datasetRules.map(({ id, description, needs, warnsOnly }) => ({
      id,
      description,
      needs,
      ...(warnsOnly && { warnsOnly }),
    })),
    translations,
  };
  // Parsing drops whatever the schema does not name (functions, runtime-only fields) and
  // proves the document is what the published JSON Schema says.
  return canonical(activitySnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot))));
}

/** The snapshot as its committed file: keys sorted at every level, two-space indent, final newline. */
export function snapshotJson(snapshot: ActivitySnapshot): string {
  return `${JSON.stringify(canonical(snapshot), null, 2)}\n`;
}

/** Reads a snapshot file's text; throws a readable message when it is not one. */
export function parseSnapshot(json: string, where: string): ActivitySnapshot {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where} is not JSON: ${(error as Error).message}`);
  }
  const parsed = activitySnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${where} is not an activity snapshot: at ${first?.path.join('.') || 'the top'}: ${first?.message ?? 'invalid'}`);
  }
  return canonical(parsed.data);
}

function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)])) as T;
}

function recordTypesOfQuestionnaire(instrument: Instrument): string[] {
  return [instrument.recordType, ...placedQuestions(instrument).map((p) => p.recordType)];
}

function instrumentSnapshot(instrument: ActivityInstrument): InstrumentSnapshot {
  const base = { id: instrument.id, version: instrument.version, title: instrument.title };
  switch (instrument.kind) {
    case 'questionnaire':
      return {
        kind: 'questionnaire',
        ...base,
        recordType: instrument.recordType,
        key: [...instrument.key],
        questions: placedQuestions(instrument).map(({ question: q, recordType, relevant, selfCompleted }) => ({
          name: q.name,
          recordType,
          type: q.type,
          required: q.required,
          selfCompleted,
          ...defined({ relevant, constraint: q.constraint, calculation: q.calculation, listName: q.listName }),
          ...defined({ minimum: q.minimum, maximum: q.maximum, label: q.label, hint: q.hint, constraintMessage: q.constraintMessage }),
        })),
        ...extensionPointsSnapshot(instrument),
      };
    case 'coding-frame': {
      const parents = new Map(frameCodes(instrument).flatMap((c) => c.children.map((child) => [child.id, c.id] as const)));
      return {
        kind: 'coding-frame',
        ...base,
        codes: frameCodes(instrument).map((c) => ({
          id: c.id,
          label: c.label,
          definition: c.definition,
          ...defined({ parent: parents.get(c.id), include: c.include, exclude: c.exclude, example: c.example }),
        })),
      };
    }
    case 'checklist':
      return {
        kind: 'checklist',
        ...base,
        recordType: instrument.recordType,
        statusList: instrument.statuses.name,
        items: instrument.items.map(({ id, section, standard, definedIn, question, guidance }) => ({
          id,
          section,
          standard,
          definedIn,
          question,
          guidance,
        })),
      };
    case 'interview-guide':
      return {
        kind: 'interview-guide',
        ...base,
        respondentTypeList: instrument.respondentTypes.name,
        script: [
          ...instrument.opening.map((p) => ({ id: `opening.${p.id}`, text: p.text })),
          ...instrument.closing.map((p) => ({ id: `closing.${p.id}`, text: p.text })),
          ...instrument.interviewerNotes.map((p) => ({ id: `note.${p.id}`, text: p.text })),
          { id: 'purpose', text: instrument.purpose },
        ],
        questions: instrument.sections.flatMap((s) =>
          s.questions.map((q) => ({
            id: `${s.id}.${q.id}`,
            section: s.id,
            sectionTitle: s.title,
            text: q.text,
            probes: [...q.probes],
            ...defined({ respondentTypes: s.respondentTypes && [...s.respondentTypes] }),
          })),
        ),
      };
    case 'data-request':
      return {
        kind: 'data-request',
        ...base,
        recordType: instrument.recordType,
        periods: [...instrument.periods],
        notAvailable: instrument.notAvailable,
        measures: instrument.measures.map((m) => ({
          id: m.id,
          label: m.label,
          unit: m.unit,
          definition: m.definition,
          caveat: m.caveat,
          breakdownLists: [...m.breakdownLists],
          ...defined({ categoryList: m.categoryList }),
        })),
        sheets: instrument.sheets.map((s) => ({ id: s.id, title: s.title, sourceType: s.sourceType, measures: [...s.measures] })),
      };
  }
}

function recordTypeSnapshot(recordType: RecordType, fromQuestionnaire: boolean): ActivitySnapshot['recordTypes'][number] {
  return {
    name: recordType.name,
    instrument: recordType.instrumentId,
    key: [...recordType.key],
    fields: fromQuestionnaire ? [] : recordType.fields.map(fieldSnapshot),
  };
}

function fieldSnapshot(f: FieldDefinition): ActivitySnapshot['recordTypes'][number]['fields'][number] {
  return {
    name: f.name,
    valueType: f.valueType,
    required: f.required,
    ...defined({ listName: f.listName, minimum: f.minimum, maximum: f.maximum, maxLength: f.maxLength, pattern: f.pattern?.regex }),
    ...defined({ relevant: f.relevant, constraint: f.constraint, label: f.label }),
  };
}

/** Every code list the activity's instruments and record types use, once each by name. */
function codeListsOf(built: BuiltActivity): ActivitySnapshot['codeLists'] {
  const lists = new Map<string, ChoiceList>();
  const add = (list: ChoiceList): void => {
    if (!lists.has(list.name)) lists.set(list.name, list);
  };
  for (const i of built.instruments) {
    if (i.kind === 'questionnaire' || i.kind === 'data-request') i.choiceLists.forEach(add);
    if (i.kind === 'checklist') add(i.statuses);
    if (i.kind === 'interview-guide') add(i.respondentTypes);
  }
  for (const r of built.recordTypes)
    for (const f of r.fields)
      if (f.listName !== undefined && f.codes) add({ name: f.listName, choices: f.codes, extension: f.extensionList });
  return [...lists.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((l) => ({
      name: l.name,
      extension: l.extension,
      choices: l.choices.map((c) => ({ code: c.code, label: c.label, ...defined({ missing: c.missing }) })),
    }));
}

function tableSnapshot(table: TableContract): ActivitySnapshot['tables'][number] {
  const { id, outputKind, version, title, definition, caveat, activity: _activity, ...contract } = table;
  return { id, outputKind, version, title, definition, ...defined({ caveat }), contract: JSON.parse(JSON.stringify(contract)) as never };
}

/** The entries whose value is defined (optional snapshot fields are absent, never undefined). */
function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as never;
}

/** Listed only where an instrument declares points, so snapshots of versions without any stay as published. */
function extensionPointsSnapshot(instrument: Instrument): { extensionPoints?: { id: string; group: string; recordType: string }[] } {
  const points = extensionPointsOf(instrument).map(({ id, group, recordType }) => ({ id, group, recordType }));
  return points.length > 0 ? { extensionPoints: points } : {};
}
