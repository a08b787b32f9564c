import type { Expr } from '../expression/ast.js';
import type { IssueCode, Severity } from '../issues/catalogue.js';
import type { IssueInput, IssueParams } from '../issues/issue.js';
import type { RecordValues } from '../expression/evaluate.js';

/** A named variable computed from a record with a core expression, versioned on its own. */
export interface DerivedVariable {
  readonly name: string;
  readonly recordType: string;
  readonly version: string;
  readonly title: string;
  readonly description: string;
  /** 1 where the expression is true, 0 where false. */
  readonly expr: Expr;
}

/** How one record type links to another (foreign key), for broken-link checks and analysis joins. */
export interface RecordLink {
  readonly from: { readonly recordType: string; readonly fields: readonly string[] };
  readonly to: { readonly recordType: string; readonly fields: readonly string[] };
  /** Every `to` record must be referenced exactly once (e.g. one caregiver per child interview). */
  readonly oneToOne?: boolean;
}

/** A check on one record that types and skip logic cannot express. */
export interface RecordRule {
  readonly id: string;
  readonly recordType: string;
  readonly description: string;
  /** Checked only where this holds. */
  readonly when?: Expr;
  readonly assert: Expr;
  readonly severity: Severity;
  /** The activity's own issue code for it (`<activity-id>/<code>`); `rule-failed` or `rule-warning` when absent. */
  readonly code?: IssueCode;
  /** Shown with the issue; `{field}` names are filled from the record. */
  readonly message: string;
  /** The variable the issue points at. */
  readonly field: string;
}

/** Rows of one record type, only the columns a dataset rule asked for, with their source row numbers. */
export interface RecordTable {
  readonly file: string;
  /** One object per row of the fields asked for (validation builds them on first use: a rule that reads columns never does). */
  readonly rows: readonly RecordValues[];
  readonly rowNumbers: readonly number[];
  /**
   * A field's values in row order (`rows[i][field]` is `column(field)[i]`), as validation keeps
   * them: read through `tableColumn`, which also serves a table made of rows alone.
   */
  column?(field: string): readonly unknown[];
}

/** A check across records (roster counts agree, one selected child per household). */
export interface DatasetRule {
  readonly id: string;
  readonly description: string;
  /** Which columns of which record types it reads: only these are kept in memory. */
  readonly needs: Readonly<Record<string, readonly string[]>>;
  /**
   * Every issue it yields is a warning, so it refuses no data: `dh diff` classes a new such
   * check minor, not major, and validation reports its issues as warnings whatever their code's
   * own severity.
   */
  readonly warnsOnly?: true;
  check(tables: ReadonlyMap<string, RecordTable>): Iterable<IssueInput>;
}

/** What to do with a stratum holding one PSU, as R survey's `survey.lonely.psu` option. */
export type LonelyPsuPolicy = 'fail' | 'remove' | 'adjust' | 'average' | 'certainty';

/** Where the survey design variables live; names come from the activity's settings. */
export interface DesignDeclaration {
  readonly recordType: string;
  readonly stratum: string;
  readonly psu: string;
  readonly weight: string;
  readonly lonelyPsu: LonelyPsuPolicy;
}

/** Answers may be recorded only where this holds (consent and assent, docs/methodology.md). */
export interface ConsentGate {
  readonly recordType: string;
  readonly condition: Expr;
  /** Variables that may be filled before consent (ids, the consent questions themselves). */
  readonly before: readonly string[];
}

export type Estimator = 'proportion' | 'mean' | 'total' | 'count' | 'rate-per-100000';

/**
 * Which population figure of the assessment config (`population`) an indicator's universe
 * stands for. Analysis multiplies a weighted share by it to give a national count
 * (docs/methodology.md: "national counts are prevalence × the population of internet-using
 * children"), and divides totals by it for rates per 100,000.
 */
export type PopulationBase = 'internetUsingChildren' | 'childrenInAgeRange' | 'children';

/** How a non-substantive answer is treated in an indicator: stated, never implied. */
export type MissingTreatment = 'exclude' | 'count-as-no' | 'count-as-yes';

export interface Disaggregation {
  readonly id: string;
  readonly title: string;
  /** Levels in report order, each defined by a core expression over the record. */
  readonly levels: readonly { readonly code: string; readonly label: string; readonly when: Expr }[];
}

/** An analysis contract (docs/methodology.md § comparability): exact definition and output shape. */
export interface IndicatorContract {
  readonly id: string;
  readonly title: string;
  readonly definition: string;
  readonly activity: string;
  readonly recordType: string;
  /** Semver range of instrument versions whose data this indicator accepts. */
  readonly acceptsVersions: string;
  readonly version: string;
  readonly estimator: Estimator;
  /** Who is in the denominator. */
  readonly universe: Expr;
  /** For proportions: who counts in the numerator (within the universe). */
  readonly numerator?: Expr;
  /** For means and totals: the value, a numeric expression. */
  readonly value?: Expr;
  readonly missing: {
    readonly dontKnow: MissingTreatment;
    readonly refused: MissingTreatment;
    readonly missing: MissingTreatment;
    readonly note: string;
  };
  /** Variables whose don't-know/refused/missing answers the treatment applies to. */
  readonly missingFrom: readonly string[];
  readonly recallPeriod: string;
  readonly weighted: boolean;
  readonly disaggregations: readonly string[];
  /** Printed with every estimate (e.g. "reports are not victims"). */
  readonly caveat?: string;
  /**
   * The population the universe stands for, where a national count makes sense. Declared,
   * never guessed: a share among children who had an experience has no national count.
   */
  readonly populationBase?: PopulationBase;
}

export interface RuleIssueParams {
  readonly code: IssueCode;
  readonly params: IssueParams;
}
