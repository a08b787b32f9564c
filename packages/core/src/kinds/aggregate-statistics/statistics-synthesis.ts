import type { AnswerModel, AnswerPlan, SynthesisPlan } from '../../activity/synthesis.js';
import { NOT_AVAILABLE, TOTAL, type StatisticsDeclaration, type StatisticsList, type StatisticsMeasure } from './declaration.js';
import { periodsPerYear, type Periodicity } from './periods.js';
import { FIGURE_FIELDS as F } from './reported-figure.js';

export interface StatisticsSynthesisOptions {
  /** The periods to make figures for (the request's columns), all of one periodicity. */
  readonly periods: readonly string[];
  readonly periodicity: Periodicity;
  /** Retrieval dates are drawn from this window (ISO dates): after the last reference year. */
  readonly retrieved: { readonly from: string; readonly to: string };
}

/** Whole-number bounds of one synthetic figure. */
export interface SynthesisRange {
  readonly min: number;
  readonly max: number;
}

/** The parts of a list synthetic data give: all but the "not recorded" one, as many sources publish. */
export function synthesisedParts(list: StatisticsList): string[] {
  return list.parts.map(([code]) => code).filter((code) => code !== list.notRecorded);
}

/**
 * The bounds of a measure's synthetic figures for one period: the total is the measure's
 * typical year divided among the periods of a year; each of the `parts` parts of a breakdown
 * lies between half and all of an equal share of the smallest total. So parts
 * never exceed their total, and a justice chain whose later stage's typical year is at most
 * half the earlier one's minimum steps down in every total and every part.
 */
export function synthesisRange(measure: StatisticsMeasure, periodicity: Periodicity, parts?: number): SynthesisRange {
  const k = periodsPerYear(periodicity);
  const { min, max } = measure.typicalYear;
  if (parts === undefined) return { min: Math.floor(min / k), max: Math.floor(max / k) };
  return { min: Math.floor(min / (2 * parts * k)), max: Math.floor(min / (parts * k)) };
}

const range = ({ min, max }: SynthesisRange): AnswerModel => ({ kind: 'range', min, max, decimals: 0 });

/**
 * How `dh synth` makes plausible figures of a declaration: a grid of period × measure ×
 * breakdown (every total, and every synthesised part of the lists each measure is broken
 * down by; a breakdown a measure does not have is written "not available"), all categories
 * together, each figure named to a fictional source of its kind. Whole numbers only, parts
 * within their totals, the justice chain stepping down, no tenfold jumps.
 */
export function statisticsSynthesis(declaration: StatisticsDeclaration, options: StatisticsSynthesisOptions): SynthesisPlan {
  const recordType = declaration.recordType.name;
  const breakdownParts = new Map(declaration.breakdownLists.map((l) => [l.name, synthesisedParts(l)]));
  const used = [...new Set(declaration.measures.flatMap((m) => m.breakdownLists))];
  const breakdowns = [TOTAL, ...used.flatMap((name) => breakdownParts.get(name) ?? [])];
  const byMeasure = (model: (m: StatisticsMeasure) => AnswerModel): AnswerModel => ({
    kind: 'depends',
    on: F.measure,
    models: Object.fromEntries(declaration.measures.map((m) => [m.id, model(m)])),
  });
  const sourceTitle = (m: StatisticsMeasure) => declaration.sourceTypes.find(([code]) => code === m.sourceType)?.[1] ?? m.sourceType;
  const value = byMeasure((m) => {
    const models: Record<string, AnswerModel> = { [TOTAL]: range(synthesisRange(m, options.periodicity)) };
    for (const name of m.breakdownLists) {
      const parts = breakdownParts.get(name) ?? [];
      for (const code of parts) models[code] = range(synthesisRange(m, options.periodicity, parts.length));
    }
    return { kind: 'depends', on: F.breakdown, models, otherwise: { kind: 'fixed', value: NOT_AVAILABLE } };
  });
  const answers: AnswerPlan[] = [
    { recordType, field: F.sourceType, model: byMeasure((m) => ({ kind: 'fixed', value: m.sourceType })) },
    { recordType, field: F.organisation, model: byMeasure((m) => ({ kind: 'fixed', value: `${sourceTitle(m)} (synthetic)` })) },
    { recordType, field: F.document, model: { kind: 'fixed', value: 'Synthetic figures for training, not from any real source' } },
    // One retrieval date per source, as a team records the day it received a source's figures.
    {
      recordType,
      field: F.retrieved,
      model: byMeasure((m) => ({ kind: 'fixed', value: retrievalDate(declaration, m, options.retrieved) })),
    },
    { recordType, field: F.category, model: { kind: 'fixed', value: TOTAL } },
    { recordType, field: F.value, model: value },
    {
      recordType,
      field: F.note,
      model: {
        kind: 'phrases',
        probability: 0.05,
        phrases: ['Figure as published in the annual report.', 'Provisional figure; the source may revise it.'],
      },
    },
  ];
  return {
    sample: {
      kind: 'grid',
      recordType,
      axes: [
        { field: F.period, values: options.periods },
        { field: F.measure, values: declaration.measures.map((m) => m.id) },
        { field: F.breakdown, values: breakdowns },
      ],
    },
    selections: [],
    followOns: [],
    weights: [],
    answers,
    nonSubstantive: { dontKnow: 0, refused: 0 },
    dateRange: options.retrieved,
  };
}

/** A source's retrieval date: a week apart per source type from the window's start, never past its end. */
function retrievalDate(
  declaration: StatisticsDeclaration,
  measure: StatisticsMeasure,
  window: StatisticsSynthesisOptions['retrieved'],
): string {
  const index = Math.max(
    0,
    declaration.sourceTypes.findIndex(([code]) => code === measure.sourceType),
  );
  const day = Math.min(Date.parse(`${window.from}T00:00:00Z`) + index * 7 * 86_400_000, Date.parse(`${window.to}T00:00:00Z`));
  return new Date(day).toISOString().slice(0, 10);
}

/**
 * The bounds `dh synth` draws one figure of a measure and breakdown from, or `not_available`
 * where it writes that code: for checking that a declaration's typical years give synthetic
 * data that keep its own rules (parts within totals, subsets within wholes, the justice chain).
 */
export function synthesisBounds(plan: SynthesisPlan, measure: string, breakdown: string): SynthesisRange | typeof NOT_AVAILABLE {
  const record: Record<string, string> = { [F.measure]: measure, [F.breakdown]: breakdown };
  let model = plan.answers.find((a) => a.field === F.value)?.model;
  while (model?.kind === 'depends') model = model.models[record[model.on] ?? ''] ?? model.otherwise;
  if (model?.kind === 'range') return { min: model.min, max: model.max };
  if (model?.kind === 'fixed' && model.value === NOT_AVAILABLE) return NOT_AVAILABLE;
  throw new RangeError(`the synthesis plan draws no count for ${measure} by ${breakdown}`);
}
