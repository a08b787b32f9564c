import { describe, expect, it } from 'vitest';
import { fieldsReadBy, synthesisPlanProblems } from '@dh/core';
import { activity, RESPONDENT_TYPES } from '../src/index.js';

const built = activity.build();

describe('the analysis contracts', () => {
  it('publish themes by respondent type (children, caregivers, professionals side by side) and themes together', () => {
    expect(built.tables.map((t) => `${t.id} ${t.outputKind}`)).toEqual([
      'themes_by_respondent_type count-table',
      'themes_together count-table',
    ]);
    const byType = built.tables[0];
    expect(byType?.outputKind === 'count-table' && byType.columns).toMatchObject({
      kind: 'field',
      field: 'respondent_type',
      from: 'interview_log',
    });
  });

  it('count interviews, withheld under the qualitative threshold', () => {
    expect(activity.disclosure.case).toBe('interview');
    for (const table of built.tables)
      if (table.outputKind === 'count-table') expect([table.unit, table.distinct]).toEqual(['interviews', ['interview_code']]);
  });

  it('never read an excerpt', () => {
    for (const table of built.tables) expect(fieldsReadBy(table), table.id).not.toContain('excerpt');
  });
});

describe('the synthesis plan', () => {
  const plan = built.synthesis;

  it('makes every record type, answering only fields the records have', () => {
    expect(synthesisPlanProblems(built)).toEqual([]);
  });

  it('draws respondent types in proportion to the published plan: ten children, ten caregivers, ten professionals', () => {
    const model = plan?.answers.find((a) => a.recordType === 'interview_log' && a.field === 'respondent_type')?.model;
    expect(model).toEqual({ kind: 'choice', weights: Object.fromEntries(RESPONDENT_TYPES.map((t) => [t.code, t.planned])) });
    expect(RESPONDENT_TYPES.map((t) => t.planned)).toEqual([10, 10, 6, 4]);
  });
});
