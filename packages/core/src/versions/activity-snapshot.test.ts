import { describe, expect, it } from 'vitest';
import { fixtureActivity } from '../../test/fixture-activity.js';
import { activitySnapshotSchema, type ActivitySnapshot, type InstrumentSnapshot } from './activity-snapshot-schema.js';
import { activitySnapshot, parseSnapshot, snapshotJson } from './activity-snapshot.js';
import { diffSnapshots } from './snapshot-diff.js';

const snapshot = activitySnapshot(fixtureActivity());

describe('an activity snapshot', () => {
  it('is the same text every time, keys sorted at every level', () => {
    const json = snapshotJson(snapshot);
    expect(snapshotJson(activitySnapshot(fixtureActivity()))).toBe(json);
    const keys = Object.keys(JSON.parse(json) as object);
    expect(keys).toEqual([...keys].sort());
    expect(Object.keys(snapshot.indicators[0] ?? {})).toEqual(Object.keys(snapshot.indicators[0] ?? {}).sort());
  });

  it('holds each question with what comparability depends on, its relevance including its groups’', () => {
    const questionnaire = snapshot.instruments[0];
    expect(questionnaire?.kind).toBe('questionnaire');
    const platform = questionnaire?.kind === 'questionnaire' ? questionnaire.questions.find((q) => q.name === 'platform') : undefined;
    expect(platform).toEqual({
      name: 'platform',
      recordType: 'child',
      type: 'select_one',
      required: false,
      selfCompleted: false,
      listName: 'platform',
      relevant: { kind: 'compare', op: '=', left: { kind: 'ref', name: 'online' }, right: { kind: 'literal', value: 'yes' } },
      label: { key: 'child_questionnaire.platform.label', en: 'Which platform do you use most?' },
    });
    expect(snapshot.codeLists.map((l) => `${l.name}:${l.extension}`)).toEqual(['platform:true', 'yes_no:false']);
  });

  it('refuses a file that is not a snapshot, saying where', () => {
    expect(() => parseSnapshot('{"activity": 1}', 'published/1.0.0.json')).toThrow(
      /published\/1\.0\.0\.json is not an activity snapshot: at/,
    );
    expect(() => parseSnapshot('{', 'x.json')).toThrow(/x\.json is not JSON/);
  });
});

describe('changes to coding frames and checklists', () => {
  const frame: InstrumentSnapshot = {
    kind: 'coding-frame',
    id: 'frame',
    version: '1.0.0',
    title: { key: 'frame.title', en: 'Themes' },
    codes: [
      {
        id: 'barriers',
        label: { key: 'themes.barriers.label', en: 'Barriers' },
        definition: { key: 'themes.barriers.definition', en: 'What stops reporting.' },
      },
      {
        id: 'shame',
        parent: 'barriers',
        label: { key: 'themes.shame.label', en: 'Shame' },
        definition: { key: 'themes.shame.definition', en: 'Fear of shame.' },
      },
    ],
  };
  const checklist: InstrumentSnapshot = {
    kind: 'checklist',
    id: 'laws',
    version: '1.0.0',
    title: { key: 'laws.title', en: 'Laws' },
    recordType: 'provision',
    statusList: 'status',
    items: [
      {
        id: 'age',
        section: 'law',
        standard: 'OPSC art. 2',
        definedIn: '1.0.0',
        question: { key: 'laws.age', en: 'Is a child anyone under 18?' },
        guidance: { key: 'laws.age.g', en: 'Cite the article.' },
      },
    ],
  };
  const withInstruments = (...instruments: InstrumentSnapshot[]): ActivitySnapshot =>
    activitySnapshotSchema.parse({ ...snapshot, instruments });
  const base = withInstruments(frame, checklist);
  const levels = (after: ActivitySnapshot): string[] =>
    diffSnapshots(base, after).changes.map((c) => `${c.level} ${c.area} ${c.subject}: ${c.what}`);

  it('a theme code removed or moved is major; one added is minor', () => {
    expect(levels(withInstruments({ ...frame, codes: frame.codes.slice(0, 1) }, checklist))).toEqual([
      'major theme code frame/shame: removed',
    ]);
    expect(levels(withInstruments({ ...frame, codes: frame.codes.map(({ parent: _, ...c }) => c) }, checklist))).toEqual([
      'major theme code frame/shame: parent changed',
    ]);
    const added = { ...frame, codes: [...frame.codes, { ...frame.codes[0]!, id: 'trust' }] };
    expect(levels(withInstruments(added, checklist))).toEqual(['minor theme code frame/trust: added']);
  });

  it('a checklist item whose definition broke comparison is major; its guidance reworded is patch', () => {
    const item = checklist.kind === 'checklist' ? checklist.items[0]! : undefined;
    const changed = (edit: object): InstrumentSnapshot => ({ ...checklist, items: [{ ...item!, ...edit }] }) as InstrumentSnapshot;
    expect(levels(withInstruments(frame, changed({ definedIn: '2.0.0' })))).toEqual(['major checklist item laws/age: definedIn changed']);
    expect(levels(withInstruments(frame, changed({ guidance: { key: 'laws.age.g', en: 'Cite the article and its date.' } })))).toEqual([
      'patch checklist item laws/age: guidance wording changed',
    ]);
  });

  it('an instrument removed is major', () => {
    expect(levels(withInstruments(frame))).toEqual(['major instrument laws: removed']);
  });
});
