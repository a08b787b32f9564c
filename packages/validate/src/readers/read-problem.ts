/**
 * Everything that can go wrong while reading a partner's file, as plain data: a reader never
 * throws at its caller. The CLI turns these into messages; the validator adds its own issues.
 */
export type ReadProblemCode =
  | 'file-not-found'
  | 'file-empty'
  | 'file-binary'
  | 'file-too-large'
  | 'encoding-fallback'
  | 'malformed-csv'
  | 'ragged-row'
  | 'header-missing'
  | 'sheet-not-found'
  | 'xlsx-invalid'
  | 'xlsx-too-large'
  | 'xlsx-formula'
  | 'json-invalid'
  | 'json-not-table'
  | 'json-unsafe-key'
  | 'qdpx-invalid'
  | 'sheet-not-read'
  | 'figures-not-read';

export type ReadProblemSeverity = 'error' | 'warning';

export interface ReadProblem {
  readonly code: ReadProblemCode;
  readonly severity: ReadProblemSeverity;
  /** The path exactly as the user gave it, so they recognise it in the message. */
  readonly file: string;
  /** 1-based, in the table's `rowUnit` (see TableSource). */
  readonly row?: number;
  readonly column?: string;
  /** What is wrong and where, in one sentence. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
}

export interface ReadProblemInit {
  readonly code: ReadProblemCode;
  readonly file: string;
  readonly message: string;
  readonly hint: string;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly severity?: ReadProblemSeverity;
}

/** Codes that never stop validation: the data is still read, the user should still look. */
const WARNING_CODES: ReadonlySet<ReadProblemCode> = new Set(['encoding-fallback', 'xlsx-formula']);

export function readProblem(init: ReadProblemInit): ReadProblem {
  return {
    code: init.code,
    severity: init.severity ?? (WARNING_CODES.has(init.code) ? 'warning' : 'error'),
    file: init.file,
    ...(init.row === undefined ? {} : { row: init.row }),
    ...(init.column === undefined ? {} : { column: init.column }),
    message: init.message,
    hint: init.hint,
  };
}
