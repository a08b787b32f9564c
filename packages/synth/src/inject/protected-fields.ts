import { referencedNames, type BuiltActivity, type SynthesisPlan } from '@dh/core';

/**
 * Variables an injected error must not touch, because a validator reads them to judge
 * other values: anything a relevance, constraint, calculation, rule, link, key, design or
 * consent condition refers to. Changing one would raise issues beyond the one injected.
 */
export function protectedFields(built: BuiltActivity, plan: SynthesisPlan): Set<string> {
  const names = new Set<string>();
  const add = (list: Iterable<string>): void => {
    for (const name of list) names.add(name);
  };
  for (const rt of built.recordTypes) {
    add(rt.key);
    for (const f of rt.fields) for (const expr of [f.relevant, f.constraint, f.calculation]) if (expr) add(referencedNames(expr));
  }
  for (const rule of built.recordRules) {
    add([rule.field, ...referencedNames(rule.assert), ...(rule.when ? referencedNames(rule.when) : [])]);
  }
  for (const rule of built.datasetRules) add(Object.values(rule.needs).flat());
  for (const link of built.links) add([...link.from.fields, ...link.to.fields]);
  for (const d of built.designs) add([d.stratum, d.psu, d.weight]);
  for (const gate of built.consent) add(referencedNames(gate.condition));
  for (const s of plan.selections) add([s.field, ...referencedNames(s.eligible)]);
  for (const w of plan.weights) add([w.field]);
  return names;
}
