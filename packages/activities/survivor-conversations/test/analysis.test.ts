import { describe, expect, it } from 'vitest';
import { fieldsReadBy, synthesisPlanProblems } from '@dh/core';
import { activity, PARTICIPATION_OUTCOMES } from '../src/index.js';

const built = activity.build();

describe('the analysis contracts', () => {
  it('publish themes by respondent type, themes together, and invitations by outcome', () => {
    expect(built.tables.map((t) => `${t.id} ${t.outputKind}`)).toEqual([
      'themes_by_respondent_type count-table',
      'themes_together count-table',
      'participation_outcomes count-table',
    ]);
  });

  it('count each young person once, withheld under the qualitative threshold', () => {
    expect(activity.disclosure.case).toBe('interview');
    const counted = built.tables.map((t) => (t.outputKind === 'count-table' ? [t.unit, t.distinct] : []));
    expect(counted).toEqual([
      ['interviews', ['interview_code']],
      ['interviews', ['interview_code']],
      ['young people invited', ['invitation_code']],
    ]);
  });

  it('never read an excerpt, and count refusals and withdrawals by their outcome only', () => {
    for (const table of built.tables) expect(fieldsReadBy(table), table.id).not.toContain('excerpt');
    const outcomes = built.tables.find((t) => t.id === 'participation_outcomes');
    expect(outcomes && fieldsReadBy(outcomes)).toEqual(['outcome', 'invitation_code']);
    expect(PARTICIPATION_OUTCOMES.choices.map((c) => c.code)).toEqual(['took_part', 'declined', 'withdrew_during', 'withdrew_after']);
  });
});

describe('the synthesis plan', () => {
  it('makes every record type, answering only fields the records have', () => {
    expect(synthesisPlanProblems(built)).toEqual([]);
  });

  it('makes from each conversation the invitation that became it, and at times one declined or withdrawn that links nothing', () => {
    const participation = built.synthesis?.followOns.find((f) => f.recordType === 'participation');
    expect(participation).toMatchObject({ from: 'interview_log', perRow: { min: 1, max: 2 } });
    const answers = built.synthesis?.answers.filter((a) => a.recordType === 'participation');
    expect(answers?.find((a) => a.field === 'outcome')?.model).toMatchObject({
      kind: 'by-position',
      first: { kind: 'fixed', value: 'took_part' },
    });
    expect(answers?.find((a) => a.field === 'interview_code')?.model).toEqual({
      kind: 'by-position',
      first: { kind: 'copy', recordType: 'interview_log', field: 'interview_code' },
      others: { kind: 'fixed', value: '' },
    });
  });
});
