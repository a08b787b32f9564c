import { all, any, q, type IndicatorContract } from '@dh/core';
import { clearExampleOfOcsea } from '../derived-variables.js';
import { CLEAR_EXAMPLE_ITEMS, OCSEA_ITEMS, type OcseaItem } from '../ocsea-items.js';
import type { SurveyParameters } from '../survey-parameters.js';
import { EXCLUDE_ALL, internetUsingChildren, PAST_YEAR, proportion, substantive } from './proportion.js';

/** The question as the child hears it. */
const question = (item: OcseaItem): string => `In the past 12 months, has anyone ${item.wording}`;

const base = (params: SurveyParameters): string =>
  `internet-using children aged ${params.ageMin}–${params.ageMax} (used the internet in the past ${params.recallMonths} months) who consented and assented`;

/** "Clear examples of OCSEA": any of the three components (versioned derived variable ocsea_clear_example 1.0.0). */
function clearExample(params: SurveyParameters, disaggregations: readonly string[]): IndicatorContract {
  const names = CLEAR_EXAMPLE_ITEMS.map((i) => i.name);
  return proportion({
    id: 'ocsea_clear_example',
    title: 'Children subjected to clear examples of OCSEA in the past year',
    definition: `Share of ${base(params)} who, in the past 12 months, were ${CLEAR_EXAMPLE_ITEMS.map((i) => i.indicatorTitle).join('; or ')}: those answering "yes" to any of the questions ${CLEAR_EXAMPLE_ITEMS.map((i) => `"${question(i)}"`).join(', ')} (derived variable ocsea_clear_example 1.0.0).`,
    recordType: 'child',
    universe: all(internetUsingChildren(params), any(clearExampleOfOcsea, all(...names.map((n) => q(n).eq('no'))))),
    numerator: clearExampleOfOcsea,
    missing: {
      ...EXCLUDE_ALL,
      note: 'A child with any component "yes" counts in the numerator. A child with no "yes" and any component "don\'t know", "prefer not to say" or unanswered is outside the denominator.',
    },
    missingFrom: names,
    recallPeriod: PAST_YEAR,
    disaggregations,
    populationBase: 'internetUsingChildren',
  });
}

function singleItem(params: SurveyParameters, item: OcseaItem, disaggregations: readonly string[]): IndicatorContract {
  return proportion({
    id: item.name,
    title: `Children ${item.indicatorTitle}`,
    definition: `Share of ${base(params)} who, in the past 12 months, were ${item.indicatorTitle}: those answering "yes" to "${question(item)}" (question ${item.name}).`,
    recordType: 'child',
    universe: all(internetUsingChildren(params), substantive(item.name)),
    numerator: q(item.name).eq('yes'),
    missing: {
      ...EXCLUDE_ALL,
      note: 'Children answering "don\'t know" or "prefer not to say" to the question, or not answering it, are outside the denominator.',
    },
    missingFrom: [item.name],
    recallPeriod: PAST_YEAR,
    disaggregations,
    populationBase: 'internetUsingChildren',
  });
}

/** The composite and every OCSEA item as its own indicator (docs/methodology.md § household-survey). */
export function ocseaIndicators(params: SurveyParameters, disaggregations: readonly string[]): IndicatorContract[] {
  return [clearExample(params, disaggregations), ...OCSEA_ITEMS.map((item) => singleItem(params, item, disaggregations))];
}
