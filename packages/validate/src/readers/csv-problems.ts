import { readProblem, type ReadProblem } from './read-problem.js';

/** The user-facing words for CSV problems, kept apart from the parsing. */

export function unterminatedQuoteProblem(file: string, row: number): ReadProblem {
  return readProblem({
    code: 'malformed-csv',
    file,
    row,
    message: `A quoted value opened in row ${row} is never closed, so the rest of the file cannot be read.`,
    hint: `Find the lone double quote (") in row ${row}: close it, or double it ("") if it is part of the text.`,
  });
}

export function overlongRecordProblem(file: string, row: number, limitChars: number): ReadProblem {
  const megabytes = Math.round(limitChars / (1024 * 1024));
  return readProblem({
    code: 'malformed-csv',
    file,
    row,
    message: `Row ${row} does not end within ${megabytes} million characters: a quoted value opened there is probably never closed.`,
    hint: `Find the lone double quote (") in row ${row}: close it, or double it ("") if it is part of the text.`,
  });
}

export function invalidQuoteProblem(file: string, row: number): ReadProblem {
  return readProblem({
    code: 'malformed-csv',
    file,
    row,
    message: `Row ${row} has a double quote inside a quoted value that is not doubled; the value runs on to the next quote that ends a cell, so this row may be split wrongly.`,
    hint: 'A quoted value must be quoted as a whole, with any quote inside it doubled: "She said ""yes""".',
  });
}
