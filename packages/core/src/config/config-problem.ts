/** One thing wrong (or worth a warning) in an assessment config, located by its JSON path. */
export interface ConfigProblem {
  /** JSON path, e.g. `activities.household-survey.settings.ageRange.max`, or `(top level)`. */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** For JSON syntax errors: where in the file (1-based). */
  readonly line?: number;
  readonly column?: number;
}
