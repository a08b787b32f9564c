// The public API of @dh/synth: seeded synthetic data for any activity with a synthesis plan.
export { synthesize, type SynthesisOptions, type SyntheticDataset } from './synthesize.js';
export { tableToCsv, type SyntheticTable } from './output/synthetic-table.js';
export { writeSyntheticDataset, type WrittenFile } from './output/write-dataset.js';
export { prevalenceItems, withPrevalence, type PrevalenceItem } from './prevalence.js';
export { checkSynthesisPlan } from './check-plan.js';
export { SynthesisError } from './synthesis-error.js';
export { SeededRandom } from './random.js';
export type { ErrorsManifest, InjectedError } from './inject/injected-error.js';
