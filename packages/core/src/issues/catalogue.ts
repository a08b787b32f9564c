/**
 * The issue catalogue (docs/architecture.md, principle 4): every code a validation can yield,
 * as data. Reports, the docs page of issue codes and exit codes are computed from it.
 * Message templates take `{placeholders}` filled from the issue's params.
 */
export type Severity = 'error' | 'warning' | 'info';

export type IssueCategory = 'file' | 'header' | 'value' | 'skip-logic' | 'rule' | 'record-links' | 'design' | 'data-protection' | 'config';

export interface IssueDefinition {
  /** Core codes are plain (`missing-column`); an activity's own start with its id (`law-enforcement-data/jump`). */
  readonly code: string;
  readonly severity: Severity;
  readonly category: IssueCategory;
  readonly title: string;
  readonly description: string;
  readonly message: string;
  readonly hint: string;
}

const define = <const C extends string>(
  code: C,
  severity: Severity,
  category: IssueCategory,
  title: string,
  description: string,
  message: string,
  hint: string,
) => ({ code, severity, category, title, description, message, hint }) satisfies IssueDefinition;

/** The codes every activity shares: reading, columns, values, skip logic, links, design, data protection. */
export const CORE_ISSUES = [
  // File: the input could not be read as a table at all.
  define(
    'file-unreadable',
    'error',
    'file',
    'File cannot be read',
    'The file could not be opened or parsed as a table.',
    '{detail}',
    'Export the data again as UTF-8 CSV, XLSX or JSON and check the file is not damaged.',
  ),
  define(
    'encoding-fallback',
    'warning',
    'file',
    'Not UTF-8',
    'The file is not valid UTF-8 and was read as Windows-1252 (Latin-1); accented letters may be wrong.',
    '{detail}',
    'Save the file as "CSV UTF-8" so every language\'s letters survive.',
  ),
  define(
    'malformed-row',
    'error',
    'file',
    'Malformed row',
    'A row could not be split into cells (unterminated quote, or more or fewer cells than the header).',
    '{detail}',
    'Open the file in a text editor at this row and repair the quotes or delimiters.',
  ),
  define(
    'formula-cell',
    'warning',
    'file',
    'Formula in a cell',
    'A spreadsheet cell holds a formula; its last computed value was used.',
    '{detail}',
    'Replace formulas with their values before handing data over.',
  ),
  define(
    'no-data-rows',
    'warning',
    'file',
    'No records',
    'The file has the column names of a record type but no rows of data, so nothing in it could be checked.',
    'No records: the file has column names but no rows of data',
    'Check that the export included the data, or that the workbook was filled in and saved, then validate again.',
  ),
  define(
    'sheet-not-read',
    'error',
    'file',
    'Sheet not read',
    'A sheet of a workbook dh made is laid out as one of its data sheets but has a name the workbook was not made with, so its figures were not read.',
    '{detail}',
    'Give the sheet back the name it had, or copy its figures into the sheet they belong to.',
  ),
  define(
    'figures-not-read',
    'error',
    'file',
    'Figures not read',
    'Figures in a data-request workbook stand where no figure is read: in a column with no period heading, or on a row with no measure.',
    '{detail}',
    'Put each figure under its period heading, on the row of its measure (the spare rows of each measure take its other categories), or remove it.',
  ),
  define(
    'record-type-unknown',
    'error',
    'file',
    'Unrecognised file',
    "The file's header matches no record type of the activity.",
    'Header matches no record type of {activity}',
    "Name the record type with --record, or check the file is an export of this activity's instrument.",
  ),
  // Header.
  define(
    'missing-column',
    'error',
    'header',
    'Missing column',
    'A variable of the record type has no column.',
    'Column "{field}" is missing',
    'Add the column (empty where the question was not asked), or export with all questions included.',
  ),
  define(
    'extra-column',
    'warning',
    'header',
    'Unknown column',
    'A column is not a variable of the record type; it is ignored.',
    'Column "{field}" is not a variable of {record}{suggestion}',
    'Rename the column to the variable it holds, or remove it.',
  ),
  define(
    'duplicate-column',
    'error',
    'header',
    'Duplicate column',
    'Two columns have the same name; values cannot be told apart.',
    'Column "{field}" appears more than once',
    'Rename or remove the repeated column.',
  ),
  // Values, checked by the ajv validator compiled from the published JSON Schema.
  define(
    'type-error',
    'error',
    'value',
    'Wrong type',
    "A value is not of the variable's type (whole number, number, date, text).",
    '"{value}" is not {expected}',
    'Correct the value; use an empty cell where there is no answer.',
  ),
  define(
    'out-of-range',
    'error',
    'value',
    'Out of range',
    'A number is outside the range the instrument allows.',
    '{value} is outside {minimum}–{maximum}',
    'Check the value against the questionnaire; correct it or leave it empty.',
  ),
  define(
    'unknown-code',
    'error',
    'value',
    'Unknown answer code',
    "A code is not in the variable's answer list.",
    '"{value}" is not a code of list "{list}"{suggestion}',
    "Use one of the list's codes (see the codebook); for local lists, add the code to assessment.json.",
  ),
  define(
    'required-missing',
    'error',
    'value',
    'Required answer missing',
    'A question every respondent is asked has no answer.',
    'No answer to required question {field}',
    'Fill in the answer from the paper or tablet record, or use the "refused"/"don\'t know" code.',
  ),
  // Skip logic, re-checked from the instrument's own relevance expressions.
  define(
    'answered-not-relevant',
    'error',
    'skip-logic',
    'Answered although not asked',
    'A question holds an answer although its relevance condition says it was not asked.',
    '{field} is answered ("{value}") but not asked when {condition}',
    'Check the answers it depends on; one of them or this answer is wrong.',
  ),
  define(
    'relevant-missing',
    'error',
    'skip-logic',
    'Not answered although asked',
    'A required question whose relevance condition holds has no answer.',
    '{field} was asked ({condition}) but has no answer',
    'Fill in the answer, or correct the answers that made it relevant.',
  ),
  define(
    'constraint-failed',
    'error',
    'skip-logic',
    'Constraint failed',
    'A value breaks the constraint the instrument enforces on the tablet.',
    '{field} = "{value}" breaks the constraint {constraint}',
    'Correct the value; the constraint message says what is allowed.',
  ),
  // Cross-field and cross-record rules.
  define(
    'rule-failed',
    'error',
    'rule',
    'Rule failed',
    'A cross-field rule of the activity does not hold.',
    '{detail}',
    "See the rule's description in the codebook.",
  ),
  define(
    'rule-warning',
    'warning',
    'rule',
    'Check this record',
    'A cross-field rule that is usually true does not hold; it may be correct.',
    '{detail}',
    'Confirm the values are right; no change is needed if they are.',
  ),
  define(
    'duplicate-id',
    'error',
    'record-links',
    'Duplicate id',
    'Two records share the key that must identify one record.',
    '{record} key {key} = "{value}" also on row {otherRow}',
    'Give every record its own id; remove the duplicate if it was entered twice.',
  ),
  define(
    'broken-link',
    'error',
    'record-links',
    'Broken link between records',
    'A record refers to a record that is not in the data.',
    '{field} = "{value}" has no matching {target}',
    'Check the id, or hand over the file holding the linked records.',
  ),
  define(
    'count-mismatch',
    'error',
    'record-links',
    'Counts disagree',
    'The number of linked records disagrees with the count recorded elsewhere.',
    '{detail}',
    'Check the roster or the recorded count; one of them is wrong.',
  ),
  // Survey design.
  define(
    'weight-invalid',
    'error',
    'design',
    'Invalid design weight',
    'A design weight is missing, zero or negative.',
    'Weight {field} = "{value}" is not a positive number',
    'Every interviewed respondent needs a positive weight from the sampling statistician.',
  ),
  define(
    'psu-in-several-strata',
    'error',
    'design',
    'PSU in several strata',
    'A primary sampling unit appears in more than one stratum; PSUs must be nested in strata.',
    'PSU "{value}" appears in strata {strata}',
    'Correct the stratum or PSU codes; PSU codes may repeat across strata only if nested ids are intended.',
  ),
  define(
    'single-psu-stratum',
    'warning',
    'design',
    'Stratum with one PSU',
    'A stratum has only one PSU, so its variance cannot be estimated.',
    'Stratum "{value}" has only {count} PSU ({psu}), so the sampling variance in this stratum cannot be estimated',
    'Collapse it with a similar stratum, or set a lonely-PSU policy in assessment.json.',
  ),
  // Data protection (docs/methodology.md § reporting and data protection).
  define(
    'personal-identifier-column',
    'error',
    'data-protection',
    'Column may hold personal identifiers',
    "A column's name suggests names, phone numbers, emails or addresses, which records must never carry.",
    'Column "{field}" looks like it holds {kind}',
    'Remove the column before handing data over; records carry codes, never identities.',
  ),
  define(
    'personal-identifier-value',
    'error',
    'data-protection',
    'Value may be a personal identifier',
    'A value (free text, an id, or a column the record type does not have) looks like an e-mail address, a phone number, an ID number, a name after a title or a street address. Reports never copy it.',
    '{field} looks like it holds {kind}',
    'Delete the identifying part of the value; records carry codes, never identities.',
  ),
  define(
    'consent-missing',
    'error',
    'data-protection',
    'Answers without consent',
    'A record holds answers although consent or assent was not recorded as given.',
    'Answers recorded although {condition} does not hold',
    'Delete the answers of anyone who did not consent, and check the consent fields.',
  ),
  define(
    'activity-refused',
    'error',
    'data-protection',
    'Activity may not run here',
    'The activity may only run where the assessment records what it requires (for survivor conversations, ethical clearance); its data are not read.',
    '{activity} data may not be handled: {reason}',
    'Record what the activity requires in assessment.json (its settings say what) before any data are handled.',
  ),
] as const satisfies readonly IssueDefinition[];

export type CoreIssueCode = (typeof CORE_ISSUES)[number]['code'];

/** A core code, or an activity's own code namespaced by its id (`<activity-id>/<code>`). */
export type IssueCode = CoreIssueCode | `${string}/${string}`;

const ACTIVITY_CODE = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The codes one run can yield: core's and those of the activities it checks (each activity
 * declares its own, docs/architecture.md § the contract). Reports, the docs page and exit codes are
 * computed from it; an unknown code is a bug in the code that raised it, so it throws.
 */
export class IssueCatalogue {
  private readonly byCode: ReadonlyMap<string, IssueDefinition>;

  private constructor(readonly definitions: readonly IssueDefinition[]) {
    this.byCode = new Map(definitions.map((d) => [d.code, d]));
  }

  static readonly core = new IssueCatalogue(CORE_ISSUES);

  /** Core's codes and each activity's own; an activity code must be namespaced by its id and defined once. */
  static of(activities: readonly { readonly id: string; readonly issues?: readonly IssueDefinition[] }[]): IssueCatalogue {
    const definitions: IssueDefinition[] = [...CORE_ISSUES];
    const seen = new Map<string, IssueDefinition>(definitions.map((d) => [d.code, d]));
    for (const activity of activities) {
      for (const definition of activity.issues ?? []) {
        const namespace = ACTIVITY_CODE.exec(definition.code)?.[1];
        if (namespace !== activity.id)
          throw new RangeError(
            `Issue code "${definition.code}" of ${activity.id} must be written "${activity.id}/<code>" (lower case, words joined by -)`,
          );
        const earlier = seen.get(definition.code);
        if (earlier === definition) continue;
        if (earlier) throw new RangeError(`Issue code "${definition.code}" is defined twice`);
        seen.set(definition.code, definition);
        definitions.push(definition);
      }
    }
    return new IssueCatalogue(definitions);
  }

  has(code: string): code is IssueCode {
    return this.byCode.has(code);
  }

  definition(code: IssueCode): IssueDefinition {
    const definition = this.byCode.get(code);
    if (!definition) throw new RangeError(`Unknown issue code ${code}`);
    return definition;
  }
}

/** Defines an activity's own issue code (namespaced `<activity-id>/<code>`), in the catalogue's shape. */
export function defineIssue<const C extends `${string}/${string}`>(
  definition: IssueDefinition & { readonly code: C },
): IssueDefinition & { readonly code: C } {
  return definition;
}
