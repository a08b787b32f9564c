import type { Expr } from '../expression/ast.js';

/**
 * The output kinds beyond estimates (docs/architecture.md, principle 7): each kind has one
 * engine in analysis and one renderer in reports, so an activity declares tables as data and
 * shared code never learns its name.
 */
interface TableContractBase {
  readonly id: string;
  readonly title: string;
  /** The exact definition, printed with the table. */
  readonly definition: string;
  readonly activity: string;
  /** Contract version; a major change breaks comparison. */
  readonly version: string;
  /** Semver range of instrument versions whose data this table accepts. */
  readonly acceptsVersions: string;
  /** Printed with every table (e.g. "reports are not victims, cases or prevalence"). */
  readonly caveat?: string;
  /** The record type read. */
  readonly recordType: string;
  /** Which records count; all when absent. */
  readonly universe?: Expr;
}

/** A level of a table axis defined by an expression (a stage of a case journey reached). */
export interface TableLevel {
  readonly code: string;
  readonly label: string;
  readonly when: Expr;
}

/** One axis of a count table. */
export type TableDimension =
  /**
   * The codes of a field, in list order (each code of a select_multiple counts once). With
   * `from`, the field is read from the record this one links to (a coded segment's interview).
   */
  | { readonly kind: 'field'; readonly title: string; readonly field: string; readonly from?: string }
  /** Levels defined by expressions, in this order. */
  | { readonly kind: 'levels'; readonly title: string; readonly levels: readonly TableLevel[] };

/** The rows' categories again as columns: a cell counts the units that have both (co-occurrence of themes). */
export interface SameAsRows {
  readonly kind: 'same-as-rows';
  readonly title: string;
}

/**
 * Counts (of records, of distinct units, or sums of a reported value) by one or two axes:
 * theme × respondent type, stage of a case journey, outcome of compensation.
 */
export interface CountTableContract extends TableContractBase {
  readonly outputKind: 'count-table';
  /** Count each distinct value of these fields once (an interview raising a theme twice counts once); each record when absent. */
  readonly distinct?: readonly string[];
  /** Sum this numeric field instead of counting (reported statistics). */
  readonly sum?: string;
  /** Fields naming the source of each summed value, printed with the table. */
  readonly sourceFields?: readonly string[];
  /**
   * A table of rates, not counts: each row level (an age band) by period, per 100,000 children of
   * those ages in that year (assessment.json population.childrenByYear[].byAge). Rows not named
   * here, and totals, are left out; a count withheld stays withheld as a rate.
   */
  readonly ratePer100000ChildrenOfAge?: Readonly<Record<string, { readonly from: number; readonly to: number }>>;
  /** What one counted thing is, plural: "interviews", "cases", "reports". */
  readonly unit: string;
  readonly rows: TableDimension;
  readonly columns?: TableDimension | SameAsRows;
}

/** One record per item (a provision of a legal checklist, an element of capacity), shown with its status. */
export interface StatusTableContract extends TableContractBase {
  readonly outputKind: 'status-table';
  /** The field naming the item. */
  readonly itemField: string;
  /** Items in report order; `section` groups them (law / policy). */
  readonly items: readonly { readonly code: string; readonly label: string; readonly section?: string }[];
  readonly statusField: string;
  /** Status codes in order, strongest first; a colour is never the only sign of one. */
  readonly statuses: readonly { readonly code: string; readonly label: string }[];
  /** Fields shown beside the status (citation, date, note). */
  readonly detailFields: readonly { readonly field: string; readonly title: string }[];
}

/** A reported measure over periods, with rates, year-on-year change and ratios between measures. */
export interface TimeSeriesContract extends TableContractBase {
  readonly outputKind: 'time-series';
  /** ISO periods: `2021`, `2021-Q3`, `2021-07`; a series is summed per year. */
  readonly periodField: string;
  readonly valueField: string;
  /** The value meaning "not available", which is never zero. */
  readonly notAvailable: string;
  /** Fields naming the source of each value, printed with the table. */
  readonly sourceFields: readonly string[];
  /** Each series sums, per year, the values of the records where `when` holds. */
  readonly series: readonly { readonly id: string; readonly label: string; readonly when: Expr; readonly unit: string }[];
  /** Also per 100,000 children of that year (assessment.json population.childrenByYear). */
  readonly ratePer100000Children?: boolean;
  /** Ratios between two series per year (attrition along the justice chain, share of contacts about OCSEA). */
  readonly ratios?: readonly { readonly id: string; readonly label: string; readonly numerator: string; readonly denominator: string }[];
}

export type TableContract = CountTableContract | StatusTableContract | TimeSeriesContract;
export type TableKind = TableContract['outputKind'];
