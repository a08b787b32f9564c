/**
 * What a published number counts, so disclosure control knows when a cell could identify
 * someone (docs/methodology.md § reporting and data protection). Declared by each activity;
 * thresholds come from the assessment config.
 */
export type DisclosurePolicy =
  /**
   * Estimates from sampled respondents: a cell on fewer than `thresholds.suppressBelow`
   * unweighted respondents is suppressed, one under `flagBelow` flagged.
   */
  | { readonly case: 'respondent'; readonly description: string }
  /**
   * Counts of interviews (or respondents, cases) in a small purposive sample: a count under
   * `thresholds.qualitativeSuppressBelow` is suppressed, with complementary suppression so it
   * cannot be recovered from a shown total.
   */
  | { readonly case: 'interview'; readonly description: string }
  /**
   * Counts a source reported (police, helplines): a cell broken down by any of `identifying`
   * (sex, age band, region) under `thresholds.qualitativeSuppressBelow` is suppressed, with
   * complementary suppression; totals a source published are not.
   */
  | { readonly case: 'reported-count'; readonly description: string; readonly identifying: readonly string[] }
  /** Published items are documents (laws, policies): they describe no person, nothing is suppressed. */
  | { readonly case: 'document'; readonly description: string };
