import { createIssue, type Issue, type IssueCode } from '@dh/core';
import type { ReadProblem, ReadProblemCode } from '../readers/index.js';

/** Where a reader problem arose: refusing to open the file, a warning on opening it, or among the rows. */
export type ReadStage = 'failure' | 'warning' | 'rows';

/** Reader problems found while rows are read: the file is read on, the row is reported. */
const ROW_PROBLEM_CODES: Readonly<Partial<Record<ReadProblemCode, IssueCode>>> = {
  'ragged-row': 'malformed-row',
  'malformed-csv': 'malformed-row',
  'json-invalid': 'malformed-row',
  'json-not-table': 'malformed-row',
  'encoding-fallback': 'encoding-fallback',
  'xlsx-formula': 'formula-cell',
  'sheet-not-read': 'sheet-not-read',
  'figures-not-read': 'figures-not-read',
  // Unnamed header cells: a column that is not a variable.
  'header-missing': 'extra-column',
};

/**
 * A reader problem as a catalogue issue. The reader's own sentence is kept as the message
 * (it already names the file, row and column), and its specific hint travels in
 * `params.hint`, which reports prefer to the catalogue's general one.
 */
export function readProblemIssue(problem: ReadProblem, stage: ReadStage): Issue {
  const code = issueCodeOf(problem, stage);
  const issue = createIssue({
    code,
    severity: problem.severity,
    file: problem.file,
    ...(problem.row !== undefined && { row: problem.row }),
    ...(problem.column !== undefined && { field: problem.column }),
    params: { detail: problem.message, hint: problem.hint, reader: problem.code },
  });
  return { ...issue, message: problem.message };
}

function issueCodeOf(problem: ReadProblem, stage: ReadStage): IssueCode {
  // Whatever stops a file from opening leaves nothing to validate.
  if (stage === 'failure') return 'file-unreadable';
  // A JSON column of nested lists (a repeat group) is a column the record does not have.
  if (problem.code === 'json-not-table' && problem.column !== undefined) return 'extra-column';
  return ROW_PROBLEM_CODES[problem.code] ?? 'file-unreadable';
}
