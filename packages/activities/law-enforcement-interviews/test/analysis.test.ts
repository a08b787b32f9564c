import { describe, expect, it } from 'vitest';
import { fieldsReadBy, synthesisPlanProblems } from '@dh/core';
import { activity, CAPACITY_ELEMENTS } from '../src/index.js';

const built = activity.build();

describe('the analysis contracts', () => {
  it('publish themes by respondent type, themes together and the capacity scorecard', () => {
    expect(built.tables.map((t) => `${t.id} ${t.outputKind}`)).toEqual([
      'themes_by_respondent_type count-table',
      'themes_together count-table',
      'capacity_scorecard status-table',
    ]);
  });

  it('count interviews, withheld under the qualitative threshold', () => {
    expect(activity.disclosure.case).toBe('interview');
    for (const table of built.tables)
      if (table.outputKind === 'count-table') expect([table.unit, table.distinct]).toEqual(['interviews', ['interview_code']]);
  });

  it('never read an excerpt', () => {
    for (const table of built.tables) expect(fieldsReadBy(table), table.id).not.toContain('excerpt');
  });

  it('score every element of capacity, strongest status first', () => {
    const scorecard = built.tables.find((t) => t.outputKind === 'status-table');
    expect(scorecard?.outputKind === 'status-table' && scorecard.items.map((i) => i.code)).toEqual(
      CAPACITY_ELEMENTS.choices.map((c) => c.code),
    );
    expect(scorecard?.outputKind === 'status-table' && scorecard.statuses.map((s) => s.code)).toEqual(['yes', 'partial', 'no', 'unknown']);
  });
});

describe('the synthesis plan', () => {
  const plan = built.synthesis;

  it('makes every record type, answering only fields the records have', () => {
    expect(synthesisPlanProblems(built)).toEqual([]);
  });

  it('makes each element of the checklist once, from six different interviews', () => {
    const element = plan?.answers.find((a) => a.recordType === 'capacity_check' && a.field === 'element')?.model;
    const values = element?.kind === 'depends' ? Object.values(element.models).map((m) => (m.kind === 'fixed' ? m.value : '')) : [];
    expect(values).toEqual(CAPACITY_ELEMENTS.choices.map((c) => c.code));
    expect(element?.kind === 'depends' && Object.keys(element.models)).toEqual([
      'LE-001',
      'LE-002',
      'LE-003',
      'LE-004',
      'LE-005',
      'LE-006',
    ]);
  });
});
