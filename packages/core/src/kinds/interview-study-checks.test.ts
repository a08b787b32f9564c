import { describe, expect, it } from 'vitest';
import type { ActivityDefinition } from '../activity/activity-definition.js';
import type { DatasetRule, RecordRule } from '../activity/contracts.js';
import { q } from '../expression/builders.js';
import { defineCodingFrame, themeCode } from '../instrument/coding-frame.js';
import { defineInterviewGuide } from '../instrument/interview-guide.js';
import { SHARED_THEME_CODES } from '../instrument/shared-theme-codes.js';
import { defineInterviewStudy, respondentTypeList, type RespondentTypeDraft } from './interview.js';
import {
  activityManifestProblems,
  datasetRuleIssues,
  fieldsReadBy,
  recordRuleOf,
  recordRuleHolds,
  synthesisPlanProblems,
} from './interview-study-checks.js';

const TYPES: readonly RespondentTypeDraft[] = [{ code: 'officer', label: 'Police officer', professional: true, planned: 3 }];
const theme = (id: string, exclude: string) =>
  themeCode({ id, label: `Label of ${id}`, definition: `Definition of ${id}.`, include: 'What is in.', exclude, example: 'An example.' });
const frame = (exclude: string) =>
  defineCodingFrame({
    id: 'ck_frame',
    title: 'Check frame',
    version: '1.0.0',
    codes: [theme('ck_units', exclude), SHARED_THEME_CODES.lack_of_training],
  });
const study = defineInterviewStudy({
  activityId: 'check-test',
  version: '1.0.0',
  prefix: 'ck',
  name: 'Check interviews',
  respondentTypes: TYPES,
  sectors: ['government'],
  guide: defineInterviewGuide({
    id: 'ck_guide',
    title: 'Check guide',
    version: '1.0.0',
    purpose: 'To test the checks.',
    respondentTypes: respondentTypeList(TYPES),
    opening: [['consent', 'Do you agree?']],
    sections: [{ id: 'work', title: 'Work', questions: [{ id: 'cases', text: 'What cases reach you?' }] }],
    closing: [['help', 'Here is where to get help.']],
    notes: [['no_codes', 'Use codes.']],
  }),
  frame: frame('Training (lack_of_training).'),
});
const built = study.build(undefined, study.defaultPlanned);

describe('the checks of an interview activity package', () => {
  it('judge a record rule as validate does: true where it does not apply', () => {
    const rule: RecordRule = {
      id: 'r',
      recordType: 'x',
      description: 'd',
      when: q('a').eq('1'),
      assert: q('b').eq('2'),
      severity: 'error',
      message: 'b is not 2',
      field: 'b',
    };
    expect(
      [
        { a: '1', b: '3' },
        { a: '1', b: '2' },
        { a: '0', b: '3' },
      ].map((r) => recordRuleHolds(rule, r)),
    ).toEqual([false, true, true]);
  });

  it('run dataset rules on named tables with rows numbered from 2, and skip a rule whose table is missing', () => {
    const rule: DatasetRule = {
      id: 'every-row',
      description: 'd',
      needs: { x: ['a'] },
      *check(tables) {
        const table = tables.get('x');
        if (!table) return;
        for (const [i, row] of table.rows.entries())
          yield { code: 'c/d', file: table.file, row: table.rowNumbers[i] ?? 0, params: { a: String(row['a']) } };
      },
    };
    expect(datasetRuleIssues([rule], { x: [{ a: 1 }, { a: 2 }] }).map((i) => `${i.file} ${i.row}`)).toEqual(['x.csv 2', 'x.csv 3']);
    expect(datasetRuleIssues([rule], { y: [{ a: 1 }] })).toEqual([]);
  });

  it('find a record rule by id, and throw for one the build does not have', () => {
    expect(recordRuleOf(built, 'interview-has-consent').code).toBe('check-test/consent-not-recorded');
    expect(() => recordRuleOf(built, 'no-such-rule')).toThrow(/no record rule no-such-rule/);
  });

  it("list the fields the kit's theme tables read: themes, respondent types and interviews, never an excerpt", () => {
    expect(built.tables.map((t) => [...new Set(fieldsReadBy(t))])).toEqual([
      ['theme', 'respondent_type', 'interview_code'],
      ['theme', 'interview_code'],
    ]);
  });

  it("find what the synthesis plan leaves out or answers wrongly, and pass the kit's own plan", () => {
    expect(synthesisPlanProblems(built)).toEqual([]);
    const plan = built.synthesis;
    if (!plan) throw new Error('the kit makes a plan');
    const broken = {
      ...built,
      synthesis: {
        ...plan,
        followOns: [],
        answers: [...plan.answers, { recordType: 'interview_log', field: 'nickname', model: { kind: 'fixed', value: 'x' } } as const],
      },
    };
    expect(synthesisPlanProblems(broken)).toEqual([
      'record type coded_segment is never made',
      'an answer is planned for interview_log.nickname, which is not a field',
    ]);
  });

  it("find a package whose manifest does not match its activity's id or version", () => {
    const activity = { id: 'check-test', version: '1.0.0', build: () => built } as unknown as ActivityDefinition;
    expect(activityManifestProblems(activity, { version: '1.0.0', dh: { activity: 'check-test' } })).toEqual([]);
    expect(activityManifestProblems(activity, { version: '1.1.0', dh: { activity: 'other' } })).toEqual([
      'the activity is version 1.0.0, the package 1.1.0',
      'package.json dh.activity is other, not check-test',
      'interview-guide ck_guide is version 1.0.0, the package 1.1.0',
      'coding-frame ck_frame is version 1.0.0, the package 1.1.0',
      'questionnaire ck_interview_log is version 1.0.0, the package 1.1.0',
    ]);
  });
});
