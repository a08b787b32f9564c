import type { SynthesisPlan } from '@dh/core';
import { SynthesisError } from './synthesis-error.js';

export interface PrevalenceItem {
  readonly recordType: string;
  readonly field: string;
  readonly code: string;
  readonly probability: number;
}

/** The items whose prevalence a user may set (`--prevalence item=share`). */
export function prevalenceItems(plan: SynthesisPlan): PrevalenceItem[] {
  return plan.answers.flatMap((a) =>
    a.model.kind === 'prevalence'
      ? [{ recordType: a.recordType, field: a.field, code: a.model.code, probability: a.model.probability }]
      : [],
  );
}

/** The plan with some items' prevalence changed; an unknown item or a share outside 0–1 is refused with the list of items. */
export function withPrevalence(plan: SynthesisPlan, overrides: Readonly<Record<string, number>>): SynthesisPlan {
  const items = prevalenceItems(plan);
  for (const [field, share] of Object.entries(overrides)) {
    if (!items.some((i) => i.field === field)) {
      throw new SynthesisError(`"${field}" has no prevalence to set; items with one: ${items.map((i) => i.field).join(', ')}`);
    }
    const room = 1 - plan.nonSubstantive.dontKnow - plan.nonSubstantive.refused;
    if (!(share >= 0 && share <= room)) {
      throw new SynthesisError(
        `the prevalence of ${field} must be a share from 0 to ${room.toFixed(2)} (what "don't know" and "refused" leave), not ${share}`,
      );
    }
  }
  return {
    ...plan,
    answers: plan.answers.map((a) => {
      const share = overrides[a.field];
      return a.model.kind === 'prevalence' && share !== undefined ? { ...a, model: { ...a.model, probability: share } } : a;
    }),
  };
}
