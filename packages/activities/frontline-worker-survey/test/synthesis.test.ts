import { describe, expect, it } from 'vitest';
import type { SynthesisPlan } from '@dh/core';
import { activity } from '../src/index.js';
import { built, field, FRONTLINE_CONFIG, parsedConfig, workerType } from './fixtures.js';

function planOf(from = built): SynthesisPlan {
  if (!from.synthesis) throw new Error('the survey has no synthesis plan');
  return from.synthesis;
}

describe('the synthesis plan (dh synth frontline-worker-survey)', () => {
  const plan = planOf();

  it('draws n workers with no design, the one record type of the survey', () => {
    expect(plan.sample).toEqual({ kind: 'simple', recordType: 'frontline_worker' });
    expect(built.recordTypes.map((r) => r.name)).toEqual([plan.sample.recordType]);
    expect([plan.weights, plan.selections, plan.followOns]).toEqual([[], [], []]);
  });

  it('answers only variables of the record, with codes of their own lists', () => {
    const names = workerType().fields.map((f) => f.name);
    for (const { field: name, model } of plan.answers) {
      expect(names, name).toContain(name);
      const codes = new Set(field(name).codes?.map((c) => c.code));
      const used =
        model.kind === 'choice' && codes.size > 0
          ? Object.keys(model.weights)
          : model.kind === 'multiple'
            ? [...Object.keys(model.probabilities), ...Object.keys(model.exclusive)]
            : model.kind === 'prevalence'
              ? [model.code, model.otherCode]
              : [];
      for (const code of used) expect(codes.has(code), `${name}: ${code}`).toBe(true);
    }
  });

  it('keeps respondent codes anonymous and interviews within the fieldwork', () => {
    expect(plan.answers.find((a) => a.field === 'respondent_id')?.model).toEqual({ kind: 'identifier', template: 'FW-{seq:3}' });
    expect(planOf(activity.build(parsedConfig(FRONTLINE_CONFIG))).dateRange).toEqual({ from: '2022-03-01', to: '2022-05-31' });
  });
});
