import type { AnswerModel, FieldDefinition, SynthesisPlan } from '@dh/core';
import { lineageRecord } from '../generate/generated-record.js';
import { SynthesisError } from '../synthesis-error.js';
import { numberText, roundTo, type AnswerSource, type DrawContext } from './answer-source.js';
import { codesOf } from './default-answers.js';

const TEMPLATE_PART = /\{(\w+)(?::(\d+))?\}/g;

/** Fills `{field}` from the record or its ancestors and `{seq}` from its number; `:5` zero-pads. */
export function fillTemplate(template: string, ctx: DrawContext, where: string): string {
  return template.replace(TEMPLATE_PART, (_whole, name: string, width: string | undefined) => {
    let value: string | undefined;
    if (name === 'seq') value = String(ctx.seq);
    else {
      for (let r: DrawContext['record'] | undefined = ctx.record; r && value === undefined; r = r.parent) {
        const v = r.values[name];
        if (v !== undefined && v !== '') value = v;
      }
    }
    if (value === undefined)
      throw new SynthesisError(`${where}: template "${template}" reads {${name}}, which neither the record nor its ancestors hold`);
    return width !== undefined ? value.padStart(Number(width), '0') : value;
  });
}

function prevalence(field: FieldDefinition, model: Extract<AnswerModel, { kind: 'prevalence' }>, plan: SynthesisPlan): AnswerSource {
  const { dontKnow, refused } = codesOf(field);
  const dk = dontKnow !== undefined ? plan.nonSubstantive.dontKnow : 0;
  const ref = refused !== undefined ? plan.nonSubstantive.refused : 0;
  return {
    deterministic: false,
    draw: ({ random }) => {
      const u = random.next();
      if (u < model.probability) return model.code;
      if (dontKnow !== undefined && u < model.probability + dk) return dontKnow;
      if (refused !== undefined && u < model.probability + dk + ref) return refused;
      return model.otherCode;
    },
    candidates: () => [model.code, model.otherCode],
  };
}

function multiple(field: FieldDefinition, model: Extract<AnswerModel, { kind: 'multiple' }>): AnswerSource {
  const order = new Map((field.codes ?? []).map((c, i) => [c.code, i]));
  const exclusive = Object.entries(model.exclusive);
  const others = Object.entries(model.probabilities);
  const exclusiveTotal = exclusive.reduce((s, [, p]) => s + p, 0);
  return {
    deterministic: false,
    draw: ({ random }) => {
      if (exclusive.length > 0 && random.chance(exclusiveTotal)) return random.weighted(exclusive);
      const chosen = others.filter(([, p]) => random.chance(p)).map(([code]) => code);
      if (chosen.length === 0) chosen.push(random.weighted(others));
      return chosen.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).join(' ');
    },
    candidates: () => [...others, ...exclusive].map(([code]) => code),
  };
}

/** The answer source a plan's model describes. */
export function modelAnswer(recordType: string, field: FieldDefinition, model: AnswerModel, plan: SynthesisPlan): AnswerSource {
  const where = `${recordType}.${field.name}`;
  switch (model.kind) {
    case 'prevalence':
      return prevalence(field, model, plan);
    case 'choice': {
      const weights = Object.entries(model.weights);
      return { deterministic: false, draw: ({ random }) => random.weighted(weights), candidates: () => weights.map(([v]) => v) };
    }
    case 'multiple':
      return multiple(field, model);
    case 'range':
      return {
        deterministic: false,
        draw: ({ random }) =>
          numberText(
            model.decimals === 0
              ? random.int(model.min, model.max)
              : roundTo(model.min + random.next() * (model.max - model.min), model.decimals),
          ),
        candidates: () => [numberText(model.min), numberText(model.max)],
      };
    case 'fixed':
      return { deterministic: true, draw: () => model.value, candidates: () => [] };
    case 'copy':
      return {
        deterministic: true,
        draw: ({ record }) => {
          const source = lineageRecord(record.parent, model.recordType);
          if (!source)
            throw new SynthesisError(
              `${where} copies ${model.recordType}.${model.field}, but the record has no ${model.recordType} among its ancestors`,
            );
          return source.values[model.field] ?? '';
        },
        candidates: () => [],
      };
    case 'sequence':
      return { deterministic: true, draw: ({ position }) => String(position), candidates: () => [] };
    case 'identifier':
      return { deterministic: true, draw: (ctx) => fillTemplate(model.template, ctx, where), candidates: () => [] };
    case 'by-position': {
      const first = modelAnswer(recordType, field, model.first, plan);
      const others = modelAnswer(recordType, field, model.others, plan);
      const pick = (ctx: DrawContext): AnswerSource => (ctx.position === 1 ? first : others);
      return {
        deterministic: first.deterministic && others.deterministic,
        draw: (ctx) => pick(ctx).draw(ctx),
        candidates: (ctx) => pick(ctx).candidates(ctx),
      };
    }
    case 'phrases':
      return {
        deterministic: false,
        draw: ({ random }) => (random.chance(model.probability) ? random.pick(model.phrases) : ''),
        candidates: () => [''],
      };
    case 'depends': {
      const sources = new Map(Object.entries(model.models).map(([value, inner]) => [value, modelAnswer(recordType, field, inner, plan)]));
      const otherwise = model.otherwise ? modelAnswer(recordType, field, model.otherwise, plan) : undefined;
      const pick = (ctx: DrawContext): AnswerSource => {
        const source = sources.get(ctx.record.values[model.on] ?? '') ?? otherwise;
        if (!source)
          throw new SynthesisError(`${where}: its model depends on ${model.on}, and has none for "${ctx.record.values[model.on] ?? ''}"`);
        return source;
      };
      return { deterministic: false, draw: (ctx) => pick(ctx).draw(ctx), candidates: (ctx) => pick(ctx).candidates(ctx) };
    }
  }
}
