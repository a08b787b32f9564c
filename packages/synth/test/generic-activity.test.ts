import { describe, expect, it } from 'vitest';
import { q } from '@dh/core';
import { checkSynthesisPlan, SeededRandom, synthesize } from '../src/index.js';
import { checkDataset, issueLines } from './check-dataset.js';
import { csvFiles, recordsOf } from './helpers.js';
import { SCHOOL_PLAN, schoolActivity } from './school-activity.js';

const built = schoolActivity();

describe('synthesis of an activity synth has never heard of', () => {
  it.each([1, 2, 3])('gives clean data for seed %i, drawing unmodelled answers from the fields themselves', (seed) => {
    const dataset = synthesize(built, { n: 120, seed });
    expect(issueLines(checkDataset(built, csvFiles(dataset)))).toEqual([]);
    const schools = recordsOf(dataset, 'school');
    const hours = schools.filter((s) => s['counsellor_hours'] !== '').map((s) => Number(s['counsellor_hours']));
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...hours)).toBeLessThanOrEqual(40);
    expect(schools.every((s) => (s['visited'] ?? '') >= '2023-03-01' && (s['visited'] ?? '') <= '2023-03-31')).toBe(true);
    expect(schools.some((s) => (s['resources'] ?? '').includes(' '))).toBe(true);
    expect(schools.every((s) => s['notes'] === '')).toBe(true);
  });

  it('makes roster rows by the repeat count, selects among eligible rows, and follows on from the selected one', () => {
    const dataset = synthesize(built, { n: 200, seed: 6 });
    const schools = new Map(recordsOf(dataset, 'school').map((s) => [s['school_id'], s]));
    const classes = recordsOf(dataset, 'class');
    for (const [id, s] of schools) {
      const expected = s['head_agrees'] === 'yes' ? Math.floor(Number(s['enrolled']) / 300 + 1) : 0;
      expect(classes.filter((c) => c['class_school_id'] === id)).toHaveLength(expected);
    }
    for (const t of recordsOf(dataset, 'teacher').filter((x) => x['w'] !== '')) {
      const mine = classes.filter((c) => c['class_school_id'] === t['teacher_school_id']);
      const eligible = mine.filter((c) => Number(c['grade']) >= 7);
      expect(mine.find((c) => c['class_no'] === t['teacher_class_no'])?.['class_selected']).toBe('yes');
      expect(Number(t['w'])).toBeCloseTo((Number(schools.get(t['teacher_school_id'])?.['w']) * eligible.length) / 0.8, 2);
    }
  });

  it('injects only mistakes it can make cleanly, and lists exactly what it made', () => {
    const dataset = synthesize(built, { n: 150, seed: 4, injectErrors: { perKind: 1 } });
    const manifest = dataset.manifest;
    expect(manifest?.counts['out-of-range']).toBe(1);
    expect(manifest?.counts['broken-link']).toBe(1);
    const promised = issueLines(
      (manifest?.errors ?? []).flatMap((e) =>
        [e.code, ...e.alsoRaises].map((code) => ({ code, file: e.file, row: e.row, field: e.field })),
      ),
    );
    expect(issueLines(checkDataset(built, csvFiles(dataset)))).toEqual(promised);
  });
});

describe('a synthesis plan that cannot be followed', () => {
  it('is refused with every problem listed', () => {
    const broken = {
      ...SCHOOL_PLAN,
      followOns: [{ recordType: 'teacher', from: 'class', when: q('class_selected').eq('yes'), responseRate: 1.5 }],
      answers: [
        ...SCHOOL_PLAN.answers,
        { recordType: 'school', field: 'head_agreed', model: { kind: 'fixed', value: 'yes' } } as const,
        { recordType: 'class', field: 'grade', model: { kind: 'copy', recordType: 'teacher', field: 'teacher_id' } } as const,
        { recordType: 'school', field: 'school_type', model: { kind: 'choice', weights: { public: 1, charter: 1 } } } as const,
      ],
    };
    expect(() => checkSynthesisPlan(built, broken)).toThrow(
      /response rate 1.5[\s\S]*"head_agreed", which is not a variable of school[\s\S]*copies from teacher, which class does not descend from[\s\S]*code "charter", which list "school_type" does not have/,
    );
  });

  it('is refused for an activity without a plan, and for a bad number of units', () => {
    const { synthesis: _none, ...withoutPlan } = built;
    expect(() => synthesize(withoutPlan, { n: 10, seed: 1 })).toThrow(/declares no synthesis plan/);
    expect(() => synthesize(built, { n: 0, seed: 1 })).toThrow(/at least 1, not 0/);
  });

  it('fails loudly when a planned answer can never satisfy a constraint', () => {
    const impossible = {
      ...SCHOOL_PLAN,
      answers: [
        ...SCHOOL_PLAN.answers,
        { recordType: 'school', field: 'resources', model: { kind: 'fixed', value: 'library none' } } as const,
      ],
    };
    expect(() => synthesize(schoolActivity(impossible), { n: 20, seed: 1 })).toThrow(
      /school.resources: the planned answer "library none" breaks the question's constraint/,
    );
  });
});

describe('the seeded generator', () => {
  it('repeats its stream for a seed and stays within bounds', () => {
    const a = new SeededRandom(99);
    const b = new SeededRandom(99);
    const draws = Array.from({ length: 1000 }, () => a.int(1, 6));
    expect(Array.from({ length: 1000 }, () => b.int(1, 6))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new SeededRandom(100).next()).not.toBe(new SeededRandom(99).next());
  });
});
