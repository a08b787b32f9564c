import type { XlsformSheetName } from './xlsform-workbook.js';

/** What `checkXlsform` can find wrong, after what pyxform refuses or warns about. */
export type XlsformProblemCode =
  | 'missing-sheet'
  | 'missing-column'
  | 'unknown-type'
  | 'missing-name'
  | 'invalid-name'
  | 'duplicate-name'
  | 'missing-label'
  | 'missing-calculation'
  | 'unbalanced-group'
  | 'unknown-list'
  | 'duplicate-choice'
  | 'invalid-choice-name'
  | 'unknown-reference'
  | 'forward-reference'
  | 'reference-into-repeat'
  | 'missing-translation-column'
  | 'unknown-default-language';

export interface XlsformProblem {
  readonly code: XlsformProblemCode;
  /** `error`: pyxform refuses the form; `warning`: it converts, but the form misbehaves for some users. */
  readonly severity: 'error' | 'warning';
  readonly sheet: XlsformSheetName;
  /** Spreadsheet row (1 is the header); absent for a problem with the sheet itself. */
  readonly row?: number;
  readonly column?: string;
  /** What is wrong, where, and how to fix it, in plain words. */
  readonly message: string;
}
