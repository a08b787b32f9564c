/** Invalid design or estimator input (lengths, ids, weights, values). */
export class EstimationInputError extends Error {
  override readonly name: string = 'EstimationInputError';
}

/**
 * Raised under the `fail` lonely-PSU policy when a stratum holding rows of the
 * estimate has a single PSU, so its variance cannot be estimated (R's
 * "Stratum (S) has only one PSU at stage 1").
 */
export class LonelyPsuError extends EstimationInputError {
  override readonly name: string = 'LonelyPsuError';
  readonly stratum: string;

  constructor(stratum: string) {
    super(
      `Stratum "${stratum}" has only one PSU, so its variance cannot be estimated (lonelyPsu: 'fail'). ` +
        `Choose a lonelyPsu policy ('remove', 'certainty', 'adjust' or 'average') or collapse the stratum.`,
    );
    this.stratum = stratum;
  }
}
