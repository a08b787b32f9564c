import type { Expr } from '../expression/ast.js';

/**
 * How an activity's records are sampled and nest, so seeded synthetic data can be made for
 * any activity by shared code (docs/architecture.md, principle 2). Plain data: record types and
 * field names, core expressions and numbers, never functions, so a plan can be printed,
 * compared and checked. Where a field has no answer model the generator draws from the
 * field's own definition (its codes, minimum and maximum, constraint).
 */
export interface SynthesisPlan {
  readonly sample: SamplePlan;
  /** One row chosen at random among the eligible rows of each parent (Kish-type selection). */
  readonly selections: readonly RowSelection[];
  /** Record types whose records are made from rows of another record type, in this order. */
  readonly followOns: readonly FollowOnRecords[];
  readonly weights: readonly WeightPlan[];
  /** How particular fields are answered, where drawing from the field's definition is not plausible. */
  readonly answers: readonly AnswerPlan[];
  /** Shares of "don't know" and "refused" on any question whose list has such codes, unless its model says otherwise. */
  readonly nonSubstantive: { readonly dontKnow: number; readonly refused: number };
  /** Dates are drawn from this window (ISO dates, inclusive): the fieldwork period. */
  readonly dateRange: { readonly from: string; readonly to: string };
}

/** How the first record type is drawn: a stratified clustered sample, `n` units without design, or a grid of combinations. */
export type SamplePlan = SampleUnitPlan | SimpleSamplePlan | GridSamplePlan;

/**
 * The record type drawn directly from a stratified, clustered frame (households). Its design
 * declaration names the stratum and PSU variables; strata are the codes of the stratum variable.
 */
export interface SampleUnitPlan {
  readonly kind: 'stratified';
  readonly recordType: string;
  /** Units drawn in each PSU (the cluster take). */
  readonly unitsPerPsu: number;
  /** At least this many PSUs per stratum, so every stratum's variance can be estimated. */
  readonly minPsusPerStratum: number;
  /** PSU codes: `{n}` is the PSU's number over all strata, `{n:4}` zero-padded to 4 digits. */
  readonly psuCode: string;
  /** Synthetic frame size of each stratum (units), drawn once per seed; the base of design weights. */
  readonly frameUnitsPerStratum: { readonly min: number; readonly max: number };
  /** Values every unit of a stratum carries (e.g. urban/rural), so units agree with their stratum. */
  readonly stratumValues: readonly { readonly stratum: string; readonly values: Readonly<Record<string, string>> }[];
}

/** `n` records with no design (a purposive sample of interviews or workers). */
export interface SimpleSamplePlan {
  readonly kind: 'simple';
  readonly recordType: string;
}

/**
 * One record per combination of the axes' values, in order (a table of statistics by source,
 * period and measure; a checklist's items). `n` is ignored.
 */
export interface GridSamplePlan {
  readonly kind: 'grid';
  readonly recordType: string;
  readonly axes: readonly { readonly field: string; readonly values: readonly string[] }[];
}

export interface RowSelection {
  /** The record type whose rows are chosen from (a roster), one choice per parent record. */
  readonly recordType: string;
  readonly eligible: Expr;
  /** The variable recording the choice; asked (relevant) only of eligible rows. */
  readonly field: string;
  readonly selectedCode: string;
  readonly otherCode: string;
}

export interface FollowOnRecords {
  readonly recordType: string;
  /** One record per row of this record type where `when` holds (e.g. the selected roster row). */
  readonly from: string;
  readonly when?: Expr;
  /** Share of such rows that yield a record; the rest are unit non-response. */
  readonly responseRate: number;
  /** Records made from each such row (coded segments per interview); one when absent. */
  readonly perRow?: { readonly min: number; readonly max: number };
}

/**
 * How a design weight is made. `sample-unit`: stratum frame size ÷ (PSUs drawn in the stratum
 * × responding units in the PSU), so weights correct for selection and non-response within
 * PSU. `inherited`: the weight of the nearest weighted ancestor × the number of eligible rows
 * each selection on the way chose from ÷ the response rate of each follow-on step.
 * Responding means the weight variable is relevant in the record.
 */
export interface WeightPlan {
  readonly recordType: string;
  readonly field: string;
  readonly method: 'sample-unit' | 'inherited';
}

export interface AnswerPlan {
  readonly recordType: string;
  readonly field: string;
  readonly model: AnswerModel;
}

/** How one field's answer is drawn. Values are written as they appear in data (codes, numbers as text). */
export type AnswerModel =
  /** A yes/no item: `code` with this probability (the prevalence a user may change), "don't know"/"refused" at the plan's shares, else `otherCode`. */
  | { readonly kind: 'prevalence'; readonly code: string; readonly otherCode: string; readonly probability: number }
  /** One value with relative weights. */
  | { readonly kind: 'choice'; readonly weights: Readonly<Record<string, number>> }
  /** Several codes: an exclusive code alone with its probability, else each other code independently, at least one. */
  | {
      readonly kind: 'multiple';
      readonly probabilities: Readonly<Record<string, number>>;
      readonly exclusive: Readonly<Record<string, number>>;
    }
  /** A number drawn uniformly, rounded to `decimals` places (0 for whole numbers). */
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly decimals: number }
  | { readonly kind: 'fixed'; readonly value: string }
  /** The value of a field of the record this one was made from, or of one of its ancestors. */
  | { readonly kind: 'copy'; readonly recordType: string; readonly field: string }
  /** The row's position among its parent's rows, from 1 (roster line numbers). */
  | { readonly kind: 'sequence' }
  /**
   * The first record made from a row answers by `first`, the others by `others`: of the
   * invitations behind one conversation, the one that became it and those that did not.
   */
  | { readonly kind: 'by-position'; readonly first: AnswerModel; readonly others: AnswerModel }
  /** An identifier: `{field}` from this record or its ancestors, `{seq}` / `{seq:5}` the record's number in its type. */
  | { readonly kind: 'identifier'; readonly template: string }
  /** Another answer model depending on the value of an earlier field (a breakdown's part drawn smaller than its total). */
  | {
      readonly kind: 'depends';
      readonly on: string;
      readonly models: Readonly<Record<string, AnswerModel>>;
      readonly otherwise?: AnswerModel;
    }
  /** Free text: one of these harmless phrases with this probability, else empty. */
  | { readonly kind: 'phrases'; readonly probability: number; readonly phrases: readonly string[] };
