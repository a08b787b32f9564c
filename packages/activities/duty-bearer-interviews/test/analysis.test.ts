import { describe, expect, it } from 'vitest';
import { referencedNames, type TableContract } from '@dh/core';
import { activity, CODING_FRAME } from '../src/index.js';

const built = activity.build();

/** Every variable a table reads. */
function reads(table: TableContract): string[] {
  const names = table.universe ? referencedNames(table.universe) : [];
  if (table.outputKind !== 'count-table') return names;
  for (const axis of [table.rows, table.columns])
    if (axis?.kind === 'field') names.push(axis.field);
    else if (axis?.kind === 'levels') names.push(...axis.levels.flatMap((l) => referencedNames(l.when)));
  return [...names, ...(table.distinct ?? [])];
}

describe('the analysis contracts', () => {
  it('publish the theme tables every interview activity has: themes by respondent type, and themes together', () => {
    expect(built.tables.map((t) => `${t.id} ${t.outputKind}`)).toEqual([
      'themes_by_respondent_type count-table',
      'themes_together count-table',
    ]);
  });

  it('count interviews, withheld under the qualitative threshold, one row per theme of the frame', () => {
    expect(activity.disclosure.case).toBe('interview');
    for (const table of built.tables) {
      expect(table.outputKind === 'count-table' && [table.unit, table.distinct]).toEqual(['interviews', ['interview_code']]);
      const rows = table.outputKind === 'count-table' && table.rows.kind === 'levels' ? table.rows.levels.map((l) => l.code) : [];
      expect(rows[0]).toBe(CODING_FRAME.codes[0]?.id);
      expect(rows).toContain('db_industry_regulation');
    }
  });

  it('never read an excerpt', () => {
    for (const table of built.tables) expect(reads(table), table.id).not.toContain('excerpt');
  });
});

describe('the synthesis plan', () => {
  const plan = built.synthesis;

  it('makes every record type: interviews and their coded segments', () => {
    const made = [plan?.sample.recordType, ...(plan?.followOns.map((f) => f.recordType) ?? [])];
    expect(new Set(made)).toEqual(new Set(built.recordTypes.map((r) => r.name)));
  });

  it('answers only variables the records have, and most respondents work for government', () => {
    const fields = new Map(built.recordTypes.map((r) => [r.name, r.fields.map((f) => f.name)]));
    for (const answer of plan?.answers ?? [])
      expect(fields.get(answer.recordType), `${answer.recordType}.${answer.field}`).toContain(answer.field);
    const sector = plan?.answers.find((a) => a.field === 'sector')?.model;
    expect(sector?.kind === 'choice' && sector.weights['government']).toBe(0.7);
  });
});
