import { describe, expect, it } from 'vitest';
import type { AnswerModel, SynthesisPlan } from '@dh/core';
import { activity, PROVISIONS } from '../src/index.js';
import { built, parsedConfig, REVIEW_CONFIG, reviewType } from './fixtures.js';

function planOf(config = built): SynthesisPlan {
  if (!config.synthesis) throw new Error('the review has no synthesis plan');
  return config.synthesis;
}

function model(plan: SynthesisPlan, field: string): AnswerModel {
  const found = plan.answers.find((a) => a.field === field)?.model;
  if (!found) throw new Error(`no answer model for ${field}`);
  return found;
}

/** The model a `depends` model uses for one value of the field it depends on. */
function branch(m: AnswerModel, value: string): AnswerModel | undefined {
  return m.kind === 'depends' ? (m.models[value] ?? m.otherwise) : m;
}

describe('the synthesis plan (dh synth legal-policy-review)', () => {
  const plan = planOf();

  it('makes one row per provision of the only record type', () => {
    expect(built.recordTypes.map((r) => r.name)).toEqual([plan.sample.recordType]);
    expect(plan.sample).toEqual({
      kind: 'grid',
      recordType: 'provision_review',
      axes: [{ field: 'provision_id', values: PROVISIONS.map((p) => p.id) }],
    });
  });

  it('answers only fields of the record type, and every field a reviewer fills', () => {
    const fields = reviewType().fields.map((f) => f.name);
    for (const answer of plan.answers) expect(fields).toContain(answer.field);
    expect(plan.answers.map((a) => a.field).sort()).toEqual(['citation', 'document_year', 'law_date', 'note', 'reviewer', 'status']);
  });

  it('cites every provision coded yes or partial, and leaves the others uncited', () => {
    const citation = model(plan, 'citation');
    for (const status of ['yes', 'partial']) {
      const byProvision = branch(citation, status);
      for (const p of PROVISIONS) {
        const cited = byProvision && branch(byProvision, p.id);
        expect(cited?.kind === 'fixed' && cited.value, `${status} ${p.id}`).toMatch(/\(synthetic\)/);
      }
    }
    expect(branch(citation, 'no')).toEqual({ kind: 'fixed', value: '' });
  });

  it('dates laws and documents before the review period, and explains every unclear status', () => {
    const lawDate = branch(model(plan, 'law_date'), 'yes');
    expect(lawDate?.kind).toBe('choice');
    for (const date of Object.keys(lawDate?.kind === 'choice' ? lawDate.weights : {})) expect(date < plan.dateRange.from).toBe(true);
    const year = branch(model(plan, 'document_year'), 'partial');
    expect(year?.kind === 'range' && year.max < Number(plan.dateRange.from.slice(0, 4))).toBe(true);
    expect(branch(model(plan, 'note'), 'unclear')).toMatchObject({ kind: 'phrases', probability: 1 });
  });

  it('reviews within the fieldwork, by the listed reviewers, when the assessment gives them', () => {
    const own = planOf(activity.build(parsedConfig(REVIEW_CONFIG)));
    expect(own.dateRange).toEqual({ from: '2022-02-01', to: '2022-04-30' });
    expect(model(own, 'reviewer')).toEqual({ kind: 'choice', weights: { R01: 1, 'LR-02': 1 } });
    const lawDate = branch(model(own, 'law_date'), 'yes');
    for (const date of Object.keys(lawDate?.kind === 'choice' ? lawDate.weights : {})) expect(date < '2022-02-01').toBe(true);
  });
});
