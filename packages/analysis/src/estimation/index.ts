// Design-based estimation for household-survey indicators, matching R survey
// (Taylor linearisation, with-replacement first stage, nest = TRUE).
export { compileDesign } from './design.js';
export type { CompiledDesign, DesignId, LonelyPsuPolicy, SurveyDesign } from './design.js';
export type { DomainMask } from './domain.js';
export { EstimationInputError, LonelyPsuError } from './errors.js';
export { estimateMean, estimateProportion } from './mean.js';
export { estimateTotal } from './total.js';
export { estimateRatio } from './ratio.js';
export { estimateUnweightedProportion } from './unweighted.js';
export type { UnweightedOptions } from './unweighted.js';
export { kornGraubardInterval, logitInterval, waldInterval, wilsonInterval } from './intervals.js';
export type { Interval } from './intervals.js';
export type { CiMethod, DeffType, Estimate, EstimateOptions, ProportionOptions } from './types.js';
export { betaCdf } from './distributions/beta.js';
export { betaQuantile } from './distributions/beta-quantile.js';
export { normalCdf, normalQuantile } from './distributions/normal.js';
export { studentTQuantile } from './distributions/student-t.js';
