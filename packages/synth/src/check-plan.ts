import type { AnswerPlan, BuiltActivity, FieldDefinition, RecordType, SynthesisPlan } from '@dh/core';
import { ancestorsOf, recordOrigins, type RecordOrigin } from './program/structure.js';
import { SynthesisError } from './synthesis-error.js';

type Problems = string[];

function fieldOf(
  types: ReadonlyMap<string, RecordType>,
  recordType: string,
  name: string,
  where: string,
  problems: Problems,
): FieldDefinition | undefined {
  const rt = types.get(recordType);
  if (!rt) {
    problems.push(`${where} names record type "${recordType}", which the activity does not have`);
    return undefined;
  }
  const field = rt.fields.find((f) => f.name === name);
  if (!field) problems.push(`${where} names "${name}", which is not a variable of ${recordType}`);
  return field;
}

function checkCodes(field: FieldDefinition | undefined, codes: readonly string[], where: string, problems: Problems): void {
  if (!field?.codes) return;
  const known = new Set(field.codes.map((c) => c.code));
  for (const code of codes)
    if (!known.has(code)) problems.push(`${where} uses code "${code}", which list "${field.listName}" does not have`);
}

function checkAnswer(
  answer: AnswerPlan,
  types: ReadonlyMap<string, RecordType>,
  origins: ReadonlyMap<string, RecordOrigin>,
  problems: Problems,
): void {
  const where = `the answer model of ${answer.recordType}.${answer.field}`;
  const field = fieldOf(types, answer.recordType, answer.field, where, problems);
  const model = answer.model;
  if (model.kind === 'prevalence') {
    checkCodes(field, [model.code, model.otherCode], where, problems);
    if (!(model.probability >= 0 && model.probability <= 1))
      problems.push(`${where} has prevalence ${model.probability}, not a share between 0 and 1`);
  } else if (model.kind === 'choice' && (field?.valueType === 'code' || field?.valueType === 'codes')) {
    checkCodes(field, Object.keys(model.weights), where, problems);
  } else if (model.kind === 'multiple') {
    checkCodes(field, [...Object.keys(model.probabilities), ...Object.keys(model.exclusive)], where, problems);
  } else if (model.kind === 'copy') {
    if (!ancestorsOf(origins, answer.recordType).includes(model.recordType))
      problems.push(`${where} copies from ${model.recordType}, which ${answer.recordType} does not descend from`);
    fieldOf(types, model.recordType, model.field, where, problems);
  }
}

function checkSample(built: BuiltActivity, plan: SynthesisPlan, types: ReadonlyMap<string, RecordType>, problems: Problems): void {
  const sample = plan.sample;
  if (sample.kind === 'simple') return;
  if (sample.kind === 'grid') {
    for (const axis of sample.axes) {
      const field = fieldOf(types, sample.recordType, axis.field, 'a grid axis', problems);
      checkCodes(field, axis.values, 'a grid axis', problems);
      if (axis.values.length === 0) problems.push(`the grid axis ${axis.field} has no values`);
    }
    return;
  }
  const design = built.designs.find((d) => d.recordType === sample.recordType);
  if (!design) problems.push(`the sample unit ${sample.recordType} has no design declaration (stratum, PSU, weight)`);
  else {
    const stratum = fieldOf(types, plan.sample.recordType, design.stratum, 'the design', problems);
    if (stratum && !stratum.codes?.length) problems.push(`the stratum variable ${design.stratum} has no codes to draw strata from`);
    fieldOf(types, plan.sample.recordType, design.psu, 'the design', problems);
    for (const s of sample.stratumValues) {
      checkCodes(stratum, [s.stratum], 'sample.stratumValues', problems);
      for (const name of Object.keys(s.values)) fieldOf(types, sample.recordType, name, 'sample.stratumValues', problems);
    }
  }
  if (!(sample.unitsPerPsu >= 1) || !(sample.minPsusPerStratum >= 1))
    problems.push('sample.unitsPerPsu and sample.minPsusPerStratum must be at least 1');
}

function checkStructure(
  built: BuiltActivity,
  plan: SynthesisPlan,
  types: ReadonlyMap<string, RecordType>,
  origins: ReadonlyMap<string, RecordOrigin>,
  problems: Problems,
): void {
  checkSample(built, plan, types, problems);
  plan.followOns.forEach((f, i) => {
    const earlier = new Set([plan.sample.recordType, ...plan.followOns.slice(0, i).map((x) => x.recordType)]);
    const fromOrigin = origins.get(f.from);
    const fromTop = fromOrigin?.origin === 'repeat' ? ancestorsOf(origins, f.from).find((a) => earlier.has(a)) : f.from;
    if (fromTop === undefined || !earlier.has(fromTop))
      problems.push(`follow-on ${f.recordType} is made from ${f.from}, which is not generated before it`);
    if (!types.has(f.recordType)) problems.push(`follow-on ${f.recordType} is not a record type of the activity`);
    if (f.perRow && !(f.perRow.min >= 0 && f.perRow.max >= f.perRow.min))
      problems.push(`follow-on ${f.recordType} has perRow ${f.perRow.min}–${f.perRow.max}, not a range of whole numbers`);
    if (!(f.responseRate > 0 && f.responseRate <= 1))
      problems.push(`follow-on ${f.recordType} has response rate ${f.responseRate}, not a share above 0 and at most 1`);
  });
  for (const s of plan.selections) {
    if (origins.get(s.recordType)?.origin !== 'repeat')
      problems.push(`selection on ${s.recordType}: only the rows of a repeat (roster) can be selected among`);
    checkCodes(fieldOf(types, s.recordType, s.field, 'a selection', problems), [s.selectedCode, s.otherCode], 'a selection', problems);
  }
  for (const w of plan.weights) {
    fieldOf(types, w.recordType, w.field, 'a weight', problems);
    if (w.method === 'sample-unit' && w.recordType !== plan.sample.recordType)
      problems.push(`weight of ${w.recordType}: only the sample unit (${plan.sample.recordType}) takes a sample-unit weight`);
    if (plan.sample.kind !== 'stratified') problems.push(`weight of ${w.recordType}: design weights need a stratified sample`);
  }
  for (const rt of built.recordTypes)
    if (!origins.has(rt.name))
      problems.push(`record type ${rt.name} is neither the sample unit, a repeat of it, nor a follow-on, so no data would be made for it`);
}

/** Checks a synthesis plan against its activity, listing every problem at once (these are bugs in the activity package). */
export function checkSynthesisPlan(built: BuiltActivity, plan: SynthesisPlan): void {
  const types = new Map(built.recordTypes.map((rt) => [rt.name, rt]));
  const origins = recordOrigins(built, plan);
  const problems: Problems = [];
  if (!origins.has(plan.sample.recordType)) problems.push(`the sample unit ${plan.sample.recordType} is not a record type of the activity`);
  checkStructure(built, plan, types, origins, problems);
  for (const answer of plan.answers) checkAnswer(answer, types, origins, problems);
  const { dontKnow, refused } = plan.nonSubstantive;
  if (!(dontKnow >= 0 && refused >= 0 && dontKnow + refused < 1))
    problems.push('nonSubstantive shares must be non-negative and sum to less than 1');
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(plan.dateRange.from) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(plan.dateRange.to) ||
    plan.dateRange.from > plan.dateRange.to
  ) {
    problems.push(`dateRange ${plan.dateRange.from}–${plan.dateRange.to} is not an ISO date window in order`);
  }
  if (problems.length > 0) throw new SynthesisError(`The synthesis plan cannot be followed:\n- ${problems.join('\n- ')}`);
}
