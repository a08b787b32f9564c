import { compileExpression, type BuiltActivity, type CompiledExpression, type SynthesisPlan } from '@dh/core';
import { numberText, roundTo } from '../program/answer-source.js';
import type { SampleStratum } from '../sample/allocate-sample.js';
import type { GeneratedRecord } from './generated-record.js';

interface CompiledWeight {
  readonly recordType: string;
  readonly field: string;
  readonly method: 'sample-unit' | 'inherited';
  /** Responding records: those whose weight variable is relevant. */
  readonly responds: CompiledExpression | undefined;
}

/** Weight plans in generation order (sample unit first, then follow-ons as listed), compiled once. */
export function compileWeights(built: BuiltActivity, plan: SynthesisPlan): CompiledWeight[] {
  const order = [plan.sample.recordType, ...plan.followOns.map((f) => f.recordType)];
  return [...plan.weights]
    .sort((a, b) => order.indexOf(a.recordType) - order.indexOf(b.recordType))
    .map((w) => {
      const relevant = built.recordTypes.find((rt) => rt.name === w.recordType)?.fields.find((f) => f.name === w.field)?.relevant;
      return { ...w, responds: relevant ? compileExpression(relevant) : undefined };
    });
}

/** The nearest weighted ancestor's weight × selection sizes ÷ follow-on response rates on the way (see SynthesisPlan.WeightPlan). */
function inheritedWeight(record: GeneratedRecord): number {
  let factor = 1 / record.responseRate;
  for (let r = record.parent; r; r = r.parent) {
    factor *= r.selectedAmong;
    if (!Number.isNaN(r.weight)) return r.weight * factor;
    factor /= r.responseRate;
  }
  return Number.NaN;
}

/** Computes and writes the design weights of one complete PSU's records. */
export function assignWeights(
  weights: readonly CompiledWeight[],
  records: ReadonlyMap<string, GeneratedRecord[]>,
  stratum: SampleStratum,
): void {
  const psus = stratum.psus.length;
  for (const w of weights) {
    const list = records.get(w.recordType) ?? [];
    const responding = (r: GeneratedRecord): boolean => !w.responds || w.responds.test(r.values);
    if (w.method === 'sample-unit') {
      const respondents = list.filter(responding).length;
      for (const r of list) r.weight = respondents > 0 ? stratum.frameUnits / (psus * respondents) : Number.NaN;
    } else {
      for (const r of list) r.weight = inheritedWeight(r);
    }
    for (const r of list) r.values[w.field] = responding(r) ? numberText(roundTo(r.weight, 4)) : '';
  }
}
