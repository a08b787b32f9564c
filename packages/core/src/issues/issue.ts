import { IssueCatalogue, type IssueCode, type Severity } from './catalogue.js';

export type IssueParams = Readonly<Record<string, string | number>>;

/** One finding about partner data: plain data, never an exception (docs/architecture.md, principle 4). */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly file?: string;
  readonly record?: string;
  /** 1-based row as the user sees it in the file (the header is row 1). */
  readonly row?: number;
  readonly field?: string;
  readonly value?: string;
  readonly params: IssueParams;
  readonly message: string;
}

export interface IssueInput {
  readonly code: IssueCode;
  readonly file?: string;
  readonly record?: string;
  readonly row?: number;
  readonly field?: string;
  readonly value?: string;
  readonly params?: IssueParams;
  /** Overrides the catalogue's severity (a rule declared as a warning). */
  readonly severity?: Severity;
}

/** Fills a catalogue template; unknown placeholders stay visible so a gap is noticed, not hidden. */
export function formatMessage(template: string, params: IssueParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/** An issue with its message filled from the catalogue (core's, or one that knows the activity's codes). */
export function createIssue(input: IssueInput, catalogue: IssueCatalogue = IssueCatalogue.core): Issue {
  const definition = catalogue.definition(input.code);
  const params: IssueParams = {
    ...(input.field !== undefined && { field: input.field }),
    ...(input.value !== undefined && { value: input.value }),
    ...(input.record !== undefined && { record: input.record }),
    suggestion: '',
    ...input.params,
  };
  return {
    code: input.code,
    severity: input.severity ?? definition.severity,
    params,
    message: formatMessage(definition.message, params),
    ...(input.file !== undefined && { file: input.file }),
    ...(input.record !== undefined && { record: input.record }),
    ...(input.row !== undefined && { row: input.row }),
    ...(input.field !== undefined && { field: input.field }),
    ...(input.value !== undefined && { value: input.value }),
  };
}
