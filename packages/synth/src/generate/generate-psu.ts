import {
  compileExpression,
  type BuiltActivity,
  type CompiledExpression,
  type FollowOnRecords,
  type SampleUnitPlan,
  type SynthesisPlan,
} from '@dh/core';
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
 * Generates one group of sample units at a time (a PSU of a stratified sample, or the
 * whole of a simple sample or grid): the units (with their rosters and selections), then
 * the follow-on records made from them, then design weights once the group's response is
 * known. Record numbers run on across groups, so identifiers stay unique.
 */
export class UnitGenerator {
  private records = new Map<string, GeneratedRecord[]>();
  private readonly generator: RecordGenerator;
  private readonly followOns: readonly FollowOnStep[];
  private readonly weights: ReturnType<typeof compileWeights>;
  private readonly design;

  constructor(
    built: BuiltActivity,
    private readonly plan: SynthesisPlan,
    private readonly programs: ReadonlyMap<string, RecordProgram>,
    private readonly random: SeededRandom,
  ) {
    this.generator = new RecordGenerator(random, (r) => {
      const list = this.records.get(r.recordType);
      if (list) list.push(r);
      else this.records.set(r.recordType, [r]);
    });
    this.followOns = plan.followOns.map((f) => ({
      ...f,
      program: programs.get(f.recordType),
      applies: f.when ? compileExpression(f.when) : undefined,
    }));
    this.weights = compileWeights(built, plan);
    this.design = built.designs.find((d) => d.recordType === plan.sample.recordType);
  }

  /** Values fixed by a stratified sample: the unit's stratum and PSU, and what its stratum implies (urban/rural). */
  psuPresets(sample: SampleUnitPlan, stratum: SampleStratum, psu: string): Record<string, string> {
    const implied = sample.stratumValues.find((s) => s.stratum === stratum.code)?.values ?? {};
    return { ...implied, ...(this.design && { [this.design.stratum]: stratum.code, [this.design.psu]: psu }) };
  }

  /** One unit per entry of `presets` (its fixed values), their follow-ons, and (in a stratum) their weights. */
  generate(
    presets: readonly Readonly<Record<string, string>>[],
    stratumIndex: number,
    stratum?: SampleStratum,
  ): ReadonlyMap<string, GeneratedRecord[]> {
    this.records = new Map();
    const unit = this.programs.get(this.plan.sample.recordType);
    if (!unit) return this.records;
    presets.forEach((fixed, u) => this.generator.generate(unit, undefined, stratumIndex, u + 1, fixed));
    for (const step of this.followOns) {
      if (!step.program) continue;
      for (const from of [...(this.records.get(step.from) ?? [])]) {
        if ((step.applies && !step.applies.test(from.values)) || !this.random.chance(step.responseRate)) continue;
        const count = step.perRow ? this.random.int(step.perRow.min, step.perRow.max) : 1;
        for (let k = 1; k <= count; k++) this.generator.generate(step.program, from, stratumIndex, k).responseRate = step.responseRate;
      }
    }
    if (stratum) assignWeights(this.weights, this.records, stratum);
    return this.records;
  }
}
