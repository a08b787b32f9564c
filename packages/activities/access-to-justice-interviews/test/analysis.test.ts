import { describe, expect, it } from 'vitest';
import { evaluate, fieldsReadBy, synthesisPlanProblems, type RecordValues } from '@dh/core';
import { activity, RESPONDENT_TYPES } from '../src/index.js';

const built = activity.build();

describe('the analysis contracts', () => {
  it('publish themes by respondent type (children, caregivers, professionals side by side), themes together, and the case journeys', () => {
    expect(built.tables.map((t) => `${t.id} ${t.outputKind}`)).toEqual([
      'themes_by_respondent_type count-table',
      'themes_together count-table',
      'case_attrition count-table',
      'compensation_outcomes count-table',
    ]);
    const byType = built.tables[0];
    expect(byType?.outputKind === 'count-table' && byType.columns).toMatchObject({
      kind: 'field',
      field: 'respondent_type',
      from: 'interview_log',
    });
  });

  it('count interviews or cases, each once, withheld under the qualitative threshold', () => {
    expect(activity.disclosure.case).toBe('interview');
    expect(built.tables.map((t) => (t.outputKind === 'count-table' ? `${t.unit} ${t.distinct?.join()}` : ''))).toEqual([
      'interviews interview_code',
      'interviews interview_code',
      'cases case_code',
      'cases case_code',
    ]);
  });

  it('count a case at every stage up to the furthest it reached, so attrition reads down the table', () => {
    const attrition = built.tables.find((t) => t.id === 'case_attrition');
    const levels = attrition?.outputKind === 'count-table' && attrition.rows.kind === 'levels' ? attrition.rows.levels : [];
    const reached = (furthest_stage: string) => levels.filter((l) => evaluate(l.when, { furthest_stage })).map((l) => l.code);
    expect(reached('reported')).toEqual(['reported']);
    expect(reached('charged')).toEqual(['reported', 'investigated', 'charged']);
    expect(reached('verdict')).toEqual(['reported', 'investigated', 'charged', 'trial', 'verdict']);
  });

  it('count compensation received only where any of it was paid', () => {
    const compensation = built.tables.find((t) => t.id === 'compensation_outcomes');
    const levels = compensation?.outputKind === 'count-table' && compensation.rows.kind === 'levels' ? compensation.rows.levels : [];
    const counted = (record: RecordValues) => levels.filter((l) => evaluate(l.when, record)).map((l) => l.code);
    expect(counted({ compensation_sought: 'yes', compensation_awarded: 'yes', compensation_received: 'none' })).toEqual([
      'sought',
      'awarded',
    ]);
    expect(counted({ compensation_sought: 'yes', compensation_awarded: 'yes', compensation_received: 'partial' })).toEqual([
      'sought',
      'awarded',
      'received',
    ]);
  });

  it('never read an excerpt', () => {
    for (const table of built.tables) expect(fieldsReadBy(table), table.id).not.toContain('excerpt');
  });
});

describe('the synthesis plan', () => {
  const plan = built.synthesis;

  it('makes one case journey per interview with a child victim', () => {
    expect(plan?.followOns.find((f) => f.recordType === 'case_journey')).toMatchObject({ from: 'interview_log', responseRate: 1 });
    const when = plan?.followOns.find((f) => f.recordType === 'case_journey')?.when;
    expect(when && [evaluate(when, { respondent_type: 'child_victim' }), evaluate(when, { respondent_type: 'caregiver' })]).toEqual([
      true,
      false,
    ]);
  });

  it('makes every record type, answering only fields the records have', () => {
    expect(synthesisPlanProblems(built)).toEqual([]);
  });

  it('draws respondent types in proportion to the published plan: ten children, ten caregivers, ten professionals', () => {
    const model = plan?.answers.find((a) => a.recordType === 'interview_log' && a.field === 'respondent_type')?.model;
    expect(model).toEqual({ kind: 'choice', weights: Object.fromEntries(RESPONDENT_TYPES.map((t) => [t.code, t.planned])) });
    expect(RESPONDENT_TYPES.map((t) => t.planned)).toEqual([10, 10, 6, 4]);
  });
});
