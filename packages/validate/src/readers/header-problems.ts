import { readProblem, type ReadProblem } from './read-problem.js';

/**
 * Checks the names in a header row. A header with no name at all cannot be read; blank names
 * are reported, as an error when a named column follows them (its data has no name to be
 * validated against) and as a warning when they only trail at the end, the way spreadsheet
 * programs often save a few empty columns.
 */
export function checkHeader(file: string, header: readonly string[]): { fatal?: ReadProblem; problems: ReadProblem[] } {
  const blank = header.flatMap((name, index) => (name.trim() === '' ? [index + 1] : []));
  if (blank.length === header.length) {
    return {
      fatal: readProblem({
        code: 'header-missing',
        file,
        row: 1,
        message: 'Row 1 is empty: the first row must name the columns.',
        hint: 'Put the column names (as in the form or codebook) in the first row, and the data from row 2.',
      }),
      problems: [],
    };
  }
  if (blank.length === 0) return { problems: [] };
  const lastNamed = header.findLastIndex((name) => name.trim() !== '') + 1;
  const interior = blank.some((position) => position < lastNamed);
  return {
    problems: [
      readProblem({
        code: 'header-missing',
        severity: interior ? 'error' : 'warning',
        file,
        row: 1,
        message: `The header (row 1) has no name for column${blank.length > 1 ? 's' : ''} ${blank.join(', ')}.`,
        hint: interior
          ? 'Give every column a name in row 1, or delete the unnamed columns.'
          : 'Delete the empty columns at the right of the table, or name them.',
      }),
    ],
  };
}
