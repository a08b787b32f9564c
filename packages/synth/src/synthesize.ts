import { compileExpression, type BuiltActivity, type SynthesisPlan } from '@dh/core';
import { checkSynthesisPlan } from './check-plan.js';
import type { GeneratedRecord } from './generate/generated-record.js';
import { RecordGenerator } from './generate/record-generator.js';
import { assignWeights, compileWeights } from './generate/weights.js';
import { injectErrors, type ErrorsManifest } from './inject/inject-errors.js';
import { withPrevalence } from './prevalence.js';
import { compilePrograms, type RecordProgram } from './program/record-program.js';
import { derivedSeed, SeededRandom } from './random.js';
import { allocateSample, type SampleStratum } from './sample/allocate-sample.js';
import type { SyntheticTable } from './output/synthetic-table.js';
import { SynthesisError } from './synthesis-error.js';

export interface SynthesisOptions {
  /** Sample units to draw (households). */
  readonly n: number;
  readonly seed: number;
  /** Item → share answering its prevalence code ("yes"), replacing the plan's. */
  readonly prevalence?: Readonly<Record<string, number>>;
  /** Inject a known number of each kind of error and describe them in a manifest. */
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
  if (!Number.isInteger(options.n) || options.n < 1) throw new SynthesisError(`the number of sample units must be a whole number of at least 1, not ${options.n}`);
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new SynthesisError(`the seed must be a whole number of at least 0, not ${options.seed}`);
  const plan = withPrevalence(built.synthesis, options.prevalence ?? {});
  checkSynthesisPlan(built, plan);
  return plan;
}

/** Values fixed by the sample: the unit's stratum and PSU, and what its stratum implies (urban/rural). */
function presetsFor(built: BuiltActivity, plan: SynthesisPlan, stratum: SampleStratum, psu: string): Record<string, string> {
  const design = built.designs.find((d) => d.recordType === plan.sample.recordType);
  const implied = plan.sample.stratumValues.find((s) => s.stratum === stratum.code)?.values ?? {};
  return { ...implied, ...(design && { [design.stratum]: stratum.code, [design.psu]: psu }) };
}

function followOns(plan: SynthesisPlan, programs: ReadonlyMap<string, RecordProgram>) {
  return plan.followOns.map((f) => ({ ...f, program: programs.get(f.recordType), applies: f.when ? compileExpression(f.when) : undefined }));
}

/**
 * Seeded synthetic data for any activity with a synthesis plan: strata → PSUs → units →
 * their rosters → selections → follow-on records, every answer consistent with the
 * instrument's relevance and constraints, with design weights. Same seed, same data.
 */
export function synthesize(built: BuiltActivity, options: SynthesisOptions): SyntheticDataset {
  const plan = planOf(built, options);
  const programs = compilePrograms(built, plan);
  const unitProgram = programs.get(plan.sample.recordType);
  const design = built.designs.find((d) => d.recordType === plan.sample.recordType);
  const strataCodes = built.recordTypes.find((rt) => rt.name === plan.sample.recordType)?.fields.find((f) => f.name === design?.stratum)?.codes?.map((c) => c.code) ?? [];
  if (!unitProgram) throw new SynthesisError(`no instrument produces the sample unit ${plan.sample.recordType}`);
  const random = new SeededRandom(derivedSeed(options.seed, 1));
  const sample = allocateSample(options.n, strataCodes, plan.sample, random);
  const weights = compileWeights(built, plan);
  const steps = followOns(plan, programs);
  const rows = new Map(built.recordTypes.map((rt) => [rt.name, [] as string[][]]));
  let done = 0;
  let records = new Map<string, GeneratedRecord[]>();
  // One generator for the whole run, so record numbers ({seq}) run on across PSUs.
  const generator = new RecordGenerator(random, (r) => (records.get(r.recordType) ?? records.set(r.recordType, []).get(r.recordType))?.push(r));
  sample.forEach((stratum, s) => {
    for (const psu of stratum.psus) {
      records = new Map<string, GeneratedRecord[]>();
      const presets = presetsFor(built, plan, stratum, psu.code);
      for (let u = 1; u <= psu.units; u++) generator.generate(unitProgram, undefined, s, u, presets);
      for (const step of steps) {
        for (const from of [...(records.get(step.from) ?? [])]) {
          if (!step.program || (step.applies && !step.applies.test(from.values)) || !random.chance(step.responseRate)) continue;
          generator.generate(step.program, from, s, 1).responseRate = step.responseRate;
        }
      }
      assignWeights(weights, records, stratum);
      for (const [type, list] of records) {
        const header = built.recordTypes.find((rt) => rt.name === type)?.fields.map((f) => f.name) ?? [];
        rows.get(type)?.push(...list.map((r) => header.map((h) => r.values[h] ?? '')));
      }
      done += psu.units;
      options.onProgress?.(done, options.n);
    }
  });
  const tables: SyntheticTable[] = built.recordTypes.map((rt) => ({ recordType: rt.name, file: `${rt.name}.csv`, header: rt.fields.map((f) => f.name), rows: rows.get(rt.name) ?? [] }));
  if (!options.injectErrors) return { tables };
  const perKind = options.injectErrors === true ? 2 : options.injectErrors.perKind;
  return injectErrors(built, plan, tables, { seed: options.seed, perKind, ...(options.activity && { activity: options.activity }) });
}
