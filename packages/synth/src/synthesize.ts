import type { BuiltActivity, GridSamplePlan, SynthesisPlan } from '@dh/core';
import { checkSynthesisPlan } from './check-plan.js';
import { UnitGenerator } from './generate/generate-psu.js';
import type { GeneratedRecord } from './generate/generated-record.js';
import { injectErrors } from './inject/inject-errors.js';
import type { ErrorsManifest } from './inject/injected-error.js';
import type { SyntheticTable } from './output/synthetic-table.js';
import { withPrevalence } from './prevalence.js';
import { compilePrograms } from './program/record-program.js';
import { derivedSeed, SeededRandom } from './random.js';
import { allocateSample } from './sample/allocate-sample.js';
import { SynthesisError } from './synthesis-error.js';

export interface SynthesisOptions {
  /** Sample units to draw (households). */
  readonly n: number;
  readonly seed: number;
  /** Item → share answering its prevalence code ("yes"), replacing the plan's. */
  readonly prevalence?: Readonly<Record<string, number>>;
  /** Inject a known number of each kind of error (2, or `perKind`) and describe them in a manifest. */
  readonly injectErrors?: boolean | { readonly perKind: number };
  /** Named in the errors manifest. */
  readonly activity?: { readonly id: string; readonly version: string };
  /** Called after each PSU, for progress on large runs. */
  readonly onProgress?: (unitsDone: number, unitsTotal: number) => void;
}

export interface SyntheticDataset {
  readonly tables: readonly SyntheticTable[];
  readonly manifest?: ErrorsManifest;
}

function planOf(built: BuiltActivity, options: SynthesisOptions): SynthesisPlan {
  if (!built.synthesis) throw new SynthesisError('this activity declares no synthesis plan, so no synthetic data can be made for it');
  if (!Number.isInteger(options.n) || options.n < 1)
    throw new SynthesisError(`the number of sample units must be a whole number of at least 1, not ${options.n}`);
  if (!Number.isInteger(options.seed) || options.seed < 0)
    throw new SynthesisError(`the seed must be a whole number of at least 0, not ${options.seed}`);
  const plan = withPrevalence(built.synthesis, options.prevalence ?? {});
  checkSynthesisPlan(built, plan);
  return plan;
}

/** One combination of the grid's axes per record, the first axis varying slowest. */
function gridPresets(sample: GridSamplePlan): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const axis of sample.axes) combos = combos.flatMap((c) => axis.values.map((v) => ({ ...c, [axis.field]: v })));
  return combos;
}

/** The codes of the sample unit's stratum variable: the strata to draw from. */
function strataOf(built: BuiltActivity, plan: SynthesisPlan): string[] {
  const design = built.designs.find((d) => d.recordType === plan.sample.recordType);
  const unit = built.recordTypes.find((rt) => rt.name === plan.sample.recordType);
  return unit?.fields.find((f) => f.name === design?.stratum)?.codes?.map((c) => c.code) ?? [];
}

/**
 * Seeded synthetic data for any activity with a synthesis plan: strata → PSUs → units →
 * their rosters → selections → follow-on records, every answer consistent with the
 * instrument's relevance and constraints, with design weights. Same seed, same data.
 */
export function synthesize(built: BuiltActivity, options: SynthesisOptions): SyntheticDataset {
  const plan = planOf(built, options);
  const random = new SeededRandom(derivedSeed(options.seed, 1));
  const units = new UnitGenerator(built, plan, compilePrograms(built, plan), random);
  const headers = new Map(built.recordTypes.map((rt) => [rt.name, rt.fields.map((f) => f.name)]));
  const rows = new Map(built.recordTypes.map((rt) => [rt.name, [] as string[][]]));
  const keep = (generated: ReadonlyMap<string, GeneratedRecord[]>): void => {
    for (const [type, records] of generated) {
      const header = headers.get(type) ?? [];
      const out = rows.get(type);
      for (const r of records) out?.push(header.map((h) => r.values[h] ?? ''));
    }
  };
  const sample = plan.sample;
  if (sample.kind === 'stratified') {
    let done = 0;
    allocateSample(options.n, strataOf(built, plan), sample, random).forEach((stratum, s) => {
      for (const psu of stratum.psus) {
        keep(
          units.generate(
            Array.from({ length: psu.units }, () => units.psuPresets(sample, stratum, psu.code)),
            s,
            stratum,
          ),
        );
        done += psu.units;
        options.onProgress?.(done, options.n);
      }
    });
  } else {
    const presets = sample.kind === 'grid' ? gridPresets(sample) : Array.from({ length: options.n }, () => ({}));
    keep(units.generate(presets, 0));
    options.onProgress?.(presets.length, presets.length);
  }
  const tables: SyntheticTable[] = built.recordTypes.map((rt) => ({
    recordType: rt.name,
    file: `${rt.name}.csv`,
    header: [...(headers.get(rt.name) ?? [])],
    rows: rows.get(rt.name) ?? [],
  }));
  if (!options.injectErrors) return { tables };
  const perKind = options.injectErrors === true ? 2 : options.injectErrors.perKind;
  return injectErrors(built, plan, tables, { seed: options.seed, perKind, ...(options.activity && { activity: options.activity }) });
}
