import { describe, expect, it } from 'vitest';
import { fixtureActivity, type FixtureParts } from '../../test/fixture-activity.js';
import { all, q } from '../expression/builders.js';
import { integer, selectOne, text } from '../instrument/builder.js';
import { activitySnapshot, parseSnapshot, snapshotJson } from './activity-snapshot.js';
import type { ActivitySnapshot } from './activity-snapshot-schema.js';
import { diffSnapshots, type SnapshotChange } from './snapshot-diff.js';

const before = activitySnapshot(fixtureActivity());

/** The diff from the fixture as published to the fixture changed by `edit`. */
function diffAfter(edit: (parts: FixtureParts) => FixtureParts) {
  return diffSnapshots(before, activitySnapshot(fixtureActivity(edit)));
}

const summary = (c: SnapshotChange): string => `${c.level} ${c.area} ${c.subject}: ${c.what}`;

const withQuestion =
  (name: string, replace: (old: FixtureParts['questions'][number]) => FixtureParts['questions'][number]) => (p: FixtureParts) => ({
    ...p,
    questions: p.questions.map((x) => (x.name === name ? replace(x) : x)),
  });

describe('dh diff classifies every change by methodology.md § comparability', () => {
  it('finds nothing between a snapshot and itself, or its file read back', () => {
    expect(diffSnapshots(before, before)).toMatchObject({ level: undefined, changes: [] });
    expect(diffSnapshots(before, parseSnapshot(snapshotJson(before), 'file')).changes).toEqual([]);
  });

  it.each<[string, (p: FixtureParts) => FixtureParts, string[]]>([
    [
      'a question removed',
      (p) => ({ ...p, questions: p.questions.filter((x) => x.name !== 'platform') }),
      ['major question child_questionnaire/platform: removed'],
    ],
    [
      'a code removed',
      (p) => ({ ...p, lists: p.lists.map((l) => (l.name === 'yes_no' ? { ...l, choices: l.choices.slice(1) } : l)) }),
      ['major code yes_no/yes: removed'],
    ],
    [
      "a code's meaning changed",
      (p) => ({
        ...p,
        lists: p.lists.map((l) =>
          l.name === 'yes_no'
            ? { ...l, choices: l.choices.map((c) => (c.code === 'refused' ? { ...c, missing: 'dont_know' as const } : c)) }
            : l,
        ),
      }),
      ['major code yes_no/refused: missing kind changed'],
    ],
    [
      'a type changed',
      withQuestion('age', () => text('age', 'How old are you?', { required: true })),
      [
        'major question child_questionnaire/age: type changed',
        'major question child_questionnaire/age: minimum changed',
        'major question child_questionnaire/age: maximum changed',
      ],
    ],
    [
      'a question made required',
      withQuestion('online', (x) => ({ ...x, required: true })),
      ['major question child_questionnaire/online: made required'],
    ],
    [
      'a relevance narrowed',
      withQuestion('platform', (x) => ({ ...x, relevant: all(q('online').eq('yes'), q('age').ge(13)) })),
      ['major question child_questionnaire/platform: relevance changed'],
    ],
    [
      'a constraint narrowed',
      withQuestion('age', () => integer('age', 'How old are you?', { required: true, min: 13, max: 17 })),
      ['major question child_questionnaire/age: minimum changed'],
    ],
    [
      "an indicator's universe changed",
      (p) => ({ ...p, indicators: p.indicators.map((i) => ({ ...i, universe: q('age').between(13, 17) })) }),
      ['major indicator online_share: universe changed'],
    ],
    [
      "an indicator's numerator changed",
      (p) => ({ ...p, indicators: p.indicators.map((i) => ({ ...i, numerator: q('online').in('yes', 'refused') })) }),
      ['major indicator online_share: numerator changed'],
    ],
    [
      "an indicator's missing treatment changed",
      (p) => ({ ...p, indicators: p.indicators.map((i) => ({ ...i, missing: { ...i.missing, refused: 'count-as-no' as const } })) }),
      ['major indicator online_share: missing treatment changed'],
    ],
    [
      'a derived variable changed without a new version',
      (p) => ({ ...p, derived: p.derived.map((d) => ({ ...d, expr: q('online').eq('no') })) }),
      ['major derived variable online_teen: definition changed without a new version'],
    ],
    [
      'a required question added',
      (p) => ({ ...p, questions: [...p.questions, text('school', 'School name', { required: true })] }),
      ['major question child_questionnaire/school: added, required'],
    ],
    [
      'a code added to a fixed list',
      (p) => ({
        ...p,
        lists: p.lists.map((l) => (l.name === 'yes_no' ? { ...l, choices: [...l.choices, { code: 'maybe', label: 'Maybe' }] } : l)),
      }),
      ['major code yes_no/maybe: added'],
    ],
  ])('major: %s', (_, edit, expected) => {
    const diff = diffAfter(edit);
    expect(diff.changes.map(summary)).toEqual(expected);
    expect(diff.level).toBe('major');
  });

  it.each<[string, (p: FixtureParts) => FixtureParts, string[]]>([
    [
      'an optional question added',
      (p) => ({ ...p, questions: [...p.questions, selectOne('phone', 'yes_no', 'Do you have a phone?')] }),
      ['minor question child_questionnaire/phone: added'],
    ],
    [
      'a code added to an extension list',
      (p) => ({
        ...p,
        lists: p.lists.map((l) => (l.extension ? { ...l, choices: [...l.choices, { code: 'platform_c', label: 'Platform C' }] } : l)),
      }),
      ['minor code platform/platform_c: added'],
    ],
    [
      'an indicator added',
      (p) => ({ ...p, indicators: [...p.indicators, ...p.indicators.map((i) => ({ ...i, id: 'online_share_weekly' }))] }),
      ['minor indicator online_share_weekly: added'],
    ],
    [
      'a derived variable changed with a new version',
      (p) => ({ ...p, derived: p.derived.map((d) => ({ ...d, version: '2.0.0', expr: q('online').eq('no') })) }),
      ['minor derived variable online_teen: definition changed with a new version'],
    ],
  ])('minor: %s', (_, edit, expected) => {
    const diff = diffAfter(edit);
    expect(diff.changes.map(summary)).toEqual(expected);
    expect(diff.level).toBe('minor');
  });

  it('minor: a translation the package ships added', () => {
    const diff = diffSnapshots(
      before,
      activitySnapshot(fixtureActivity(), { fr: { 'child_questionnaire.age.label': 'Quel âge as-tu ?' } }),
    );
    expect(diff.changes.map(summary)).toEqual(['minor translation fr/child_questionnaire.age.label: added']);
  });

  it('patch: source wording with the same key, shown in full so a reviewer can escalate', () => {
    const diff = diffAfter(
      withQuestion('online', () =>
        selectOne('online', 'yes_no', 'Did you go online in the past 3 months?', { hint: 'Any device, anywhere.' }),
      ),
    );
    expect(diff.level).toBe('patch');
    expect(diff.changes).toEqual([
      expect.objectContaining({
        level: 'patch',
        subject: 'child_questionnaire/online',
        what: 'label wording changed',
        before: '"Did you use the internet in the past 3 months?" [child_questionnaire.online.label]',
        after: '"Did you go online in the past 3 months?" [child_questionnaire.online.label]',
      }),
    ]);
  });

  it('patch: hint and description edits', () => {
    const diff = diffAfter((p) => ({
      ...withQuestion('online', (x) => ({ ...x, hintText: 'On any device.' }))(p),
      indicators: p.indicators.map((i) => ({ ...i, definition: 'Share of children online in the past 3 months.' })),
    }));
    expect(diff.changes.map(summary)).toEqual([
      'patch question child_questionnaire/online: hint wording changed',
      'patch indicator online_share: description edited',
    ]);
    expect(diff.level).toBe('patch');
  });

  it("a table's sources printed beside it are an edit; what it counts is a major change", () => {
    const contract = { recordType: 'figure', sum: 'value', unit: 'cases', universe: { kind: 'literal', value: true } };
    const withTable = (c: ActivitySnapshot['tables'][number]['contract']): ActivitySnapshot => ({
      ...before,
      tables: [
        {
          id: 'cases_by_sex',
          outputKind: 'count-table' as const,
          version: '1.0.0',
          title: 'Cases by sex',
          definition: 'Cases.',
          contract: c,
        },
      ],
    });
    const sources = diffSnapshots(withTable(contract), withTable({ ...contract, sourceFields: ['organisation', 'document'] }));
    expect(sources.changes.map(summary)).toEqual(['patch table cases_by_sex: sources printed with it changed']);
    const counted = diffSnapshots(withTable(contract), withTable({ ...contract, sum: 'other', sourceFields: ['organisation'] }));
    expect(counted.changes.map(summary)).toEqual(['major table cases_by_sex: contract changed']);
  });

  it('a new cross-record check is major unless it declares it only warns', () => {
    const check = { id: 'dates-in-order', description: 'Dates follow the stages.', needs: { record: ['a', 'b'] } };
    const withChecks = (...datasetRules: ActivitySnapshot['datasetRules']): ActivitySnapshot => ({ ...before, datasetRules });
    expect(diffSnapshots(before, withChecks(check)).changes.map(summary)).toEqual(['major dataset rule dates-in-order: added']);
    expect(diffSnapshots(before, withChecks({ ...check, warnsOnly: true })).changes.map(summary)).toEqual([
      'minor dataset rule dates-in-order: added, warnings only',
    ]);
    expect(diffSnapshots(withChecks({ ...check, warnsOnly: true }), withChecks(check)).changes.map(summary)).toEqual([
      'major dataset rule dates-in-order: may now refuse data',
    ]);
  });

  it('takes the highest level of all changes, and shows relevance in words', () => {
    const diff = diffAfter((p) => ({
      ...withQuestion('platform', (x) => ({ ...x, relevant: q('online').eq('no') }))(p),
      questions: [
        ...withQuestion('platform', (x) => ({ ...x, relevant: q('online').eq('no') }))(p).questions,
        text('remark', 'Anything else?'),
      ],
    }));
    expect(diff.level).toBe('major');
    expect(diff.changes.find((c) => c.what === 'relevance changed')).toMatchObject({ before: 'online is "yes"', after: 'online is "no"' });
  });
});
