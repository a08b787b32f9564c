import { compileExpression, type BuiltActivity, type CompiledExpression, type FollowOnRecords, type SynthesisPlan } from '@dh/core';
import type { RecordProgram } from '../program/record-program.js';
import type { SeededRandom } from '../random.js';
import type { SampleStratum } from '../sample/allocate-sample.js';
import type { GeneratedRecord } from './generated-record.js';
import { RecordGenerator } from './record-generator.js';
import { assignWeights, compileWeights } from './weights.js';

interface FollowOnStep extends FollowOnRecords {
  readonly program: RecordProgram | undefined;
  readonly applies: CompiledExpression | undefined;
}

/**
 * Generates one PSU at a time: its units (with their rosters and selections), then the
 * follow-on records made from them, then design weights once the PSU's response is known.
 * Record numbers run on across PSUs, so identifiers stay unique.
 */
export class PsuGenerator {
  private records = new Map<string, GeneratedRecord[]>();
  private readonly generator: RecordGenerator;
  private readonly followOns: readonly FollowOnStep[];
  private readonly weights: ReturnType<typeof compileWeights>;
  private readonly design;

  constructor(private readonly built: BuiltActivity, private readonly plan: SynthesisPlan, private readonly programs: ReadonlyMap<string, RecordProgram>, private readonly random: SeededRandom) {
    this.generator = new RecordGenerator(random, (r) => {
      const list = this.records.get(r.recordType);
      if (list) list.push(r);
      else this.records.set(r.recordType, [r]);
    });
    this.followOns = plan.followOns.map((f) => ({ ...f, program: programs.get(f.recordType), applies: f.when ? compileExpression(f.when) : undefined }));
    this.weights = compileWeights(built, plan);
    this.design = built.designs.find((d) => d.recordType === plan.sample.recordType);
  }

  /** Values fixed by the sample: the unit's stratum and PSU, and what its stratum implies (urban/rural). */
  private presets(stratum: SampleStratum, psu: string): Record<string, string> {
    const implied = this.plan.sample.stratumValues.find((s) => s.stratum === stratum.code)?.values ?? {};
    return { ...implied, ...(this.design && { [this.design.stratum]: stratum.code, [this.design.psu]: psu }) };
  }

  /** The PSU's records by record type, weights filled. */
  generate(stratum: SampleStratum, stratumIndex: number, psu: { code: string; units: number }): ReadonlyMap<string, GeneratedRecord[]> {
    this.records = new Map();
    const unit = this.programs.get(this.plan.sample.recordType);
    if (!unit) return this.records;
    const presets = this.presets(stratum, psu.code);
    for (let u = 1; u <= psu.units; u++) this.generator.generate(unit, undefined, stratumIndex, u, presets);
    for (const step of this.followOns) {
      if (!step.program) continue;
      for (const from of [...(this.records.get(step.from) ?? [])]) {
        if ((step.applies && !step.applies.test(from.values)) || !this.random.chance(step.responseRate)) continue;
        this.generator.generate(step.program, from, stratumIndex, 1).responseRate = step.responseRate;
      }
    }
    assignWeights(this.weights, this.records, stratum);
    return this.records;
  }
}
