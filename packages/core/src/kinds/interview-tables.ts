import type { CountTableContract, TableDimension, TableLevel } from '../activity/table-contracts.js';
import { q } from '../expression/builders.js';
import { frameCodes, type CodingFrame, type ThemeCode } from '../instrument/coding-frame.js';
import { INTERVIEW_LOG } from './interview-log.js';
import { CODED_SEGMENT } from './interview-segments.js';
import type { InterviewStudyDraft } from './interview-study-draft.js';

/** A qualitative count says how often something came up among the people interviewed, never how common it is. */
export const QUALITATIVE_CAVEAT =
  'Qualitative interviews with a purposive sample: a count says how many interviews raised a theme, not how common it is.';

function subtree(code: ThemeCode): string[] {
  return [code.id, ...code.children.flatMap(subtree)];
}

/**
 * One table level per theme of the frame, in frame order: a segment counts under the theme it
 * was coded with, and under every theme above it, so a broad theme counts the interviews in
 * which it or any theme under it came up.
 */
export function themeLevels(frame: CodingFrame): TableLevel[] {
  return frameCodes(frame).map((code) => ({
    code: code.id,
    label: code.label.en,
    when: code.children.length === 0 ? q('theme').eq(code.id) : q('theme').in(...subtree(code)),
  }));
}

/**
 * The analysis contracts of every interview activity (docs/methodology.md § the interview
 * activities): how many interviews raised each theme, by respondent type, and which themes
 * came up in the same interview. Distinct interviews are counted: an interview raising a
 * theme many times counts once. Neither table reads an excerpt.
 */
export function themeTables(draft: InterviewStudyDraft): CountTableContract[] {
  const { frame } = draft;
  const rows: TableDimension = { kind: 'levels', title: 'Theme', levels: themeLevels(frame) };
  const base = {
    outputKind: 'count-table' as const,
    activity: draft.activityId,
    version: draft.version,
    acceptsVersions: `^${draft.version}`,
    caveat: QUALITATIVE_CAVEAT,
    recordType: CODED_SEGMENT,
    distinct: ['interview_code'],
    unit: 'interviews',
    rows,
  };
  return [
    {
      ...base,
      id: 'themes_by_respondent_type',
      title: `${draft.name}: themes raised, by respondent type`,
      definition: `Interviews in which each theme of coding frame ${frame.id} was coded at least once, by the respondent type in the interview log. A broad theme counts the interviews in which it or any theme under it was coded.`,
      columns: { kind: 'field', title: 'Respondent type', field: 'respondent_type', from: INTERVIEW_LOG },
    },
    {
      ...base,
      id: 'themes_together',
      title: `${draft.name}: themes raised in the same interview`,
      definition: `Interviews in which both themes of coding frame ${frame.id} were coded (each at least once). A broad theme counts the interviews in which it or any theme under it was coded.`,
      columns: { kind: 'same-as-rows', title: 'Theme' },
    },
  ];
}
