import type { Expr } from '../expression/ast.js';

/** A translatable text: a stable key and its English source (translations are keyed by `key`). */
export interface Text {
  readonly key: string;
  readonly en: string;
}

export type QuestionType = 'integer' | 'decimal' | 'text' | 'select_one' | 'select_multiple' | 'date' | 'note' | 'calculate';

/** What a non-substantive answer means, so analysis can treat it as stated, never by accident. */
export type MissingKind = 'dont_know' | 'refused' | 'not_applicable';

export interface Choice {
  readonly code: string;
  readonly label: Text;
  readonly missing?: MissingKind;
}

export interface ChoiceList {
  readonly name: string;
  readonly choices: readonly Choice[];
  /** A list each country fills (regions, local platforms, languages): its codes come from the assessment. */
  readonly extension: boolean;
}

interface NodeBase {
  readonly name: string;
  readonly relevant?: Expr;
}

export interface Question extends NodeBase {
  readonly kind: 'question';
  readonly type: QuestionType;
  readonly label?: Text;
  readonly hint?: Text;
  readonly required: boolean;
  readonly constraint?: Expr;
  readonly constraintMessage?: Text;
  readonly calculation?: Expr;
  /** The value type of a `calculate` (XLSForm calculates are text unless declared). */
  readonly calculateType?: 'integer' | 'decimal' | 'text';
  /** The choice list of a select question. */
  readonly listName?: string;
  /** Asked on the tablet by the respondent alone (sensitive items; docs/methodology.md § household-survey). */
  readonly selfCompleted: boolean;
  /** Bounds for numbers, published in the schema as well as compiled into the constraint. */
  readonly minimum?: number;
  readonly maximum?: number;
  readonly appearance?: string;
  /** Personal data that must never be in a record (kept as a guard for free text). */
  readonly freeText?: boolean;
}

export interface Group extends NodeBase {
  readonly kind: 'group';
  readonly label: Text;
  readonly selfCompleted: boolean;
  readonly children: readonly InstrumentNode[];
  /**
   * Where a country may add its own questions: at the end of this group, under this id
   * (`countryQuestions[].at` in assessment.json; docs/methodology.md § country adaptations).
   */
  readonly extensionPoint?: string;
}

/** A roster: repeated rows that form their own record type, linked to the parent record. */
export interface Repeat extends NodeBase {
  readonly kind: 'repeat';
  readonly label: Text;
  readonly recordType: string;
  readonly key: readonly string[];
  readonly repeatCount?: Expr;
  readonly children: readonly InstrumentNode[];
}

export type InstrumentNode = Question | Group | Repeat;

/** A questionnaire: what an interviewer (or the respondent) fills on a tablet, one record per submission. */
export interface Instrument {
  readonly kind: 'questionnaire';
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  /** The record type the top level of this instrument produces. */
  readonly recordType: string;
  /** The variables that identify one record. */
  readonly key: readonly string[];
  readonly children: readonly InstrumentNode[];
  readonly choiceLists: readonly ChoiceList[];
}
