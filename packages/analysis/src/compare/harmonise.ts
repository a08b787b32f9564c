import { compatibilityLine, type ActivityDefinition, type AssessmentConfig, type BuiltActivity, type ComparabilityKey } from '@dh/core';
import { analyzeActivity } from '../analyze/analyze-activity.js';
import { reportingThresholds } from '../analyze/analyze-assessment.js';
import type { AnalysisResults } from '../results/results-schema.js';
import { activityIncomparability, instrumentVersion } from './comparability.js';

/** A country's activity re-estimated on the reference's population: what was narrowed, in words. */
export interface Harmonisation {
  readonly country: string;
  readonly activity: string;
  readonly description: string;
}

/** A country's activity that differs from the reference's in a parameter its data cannot narrow. */
export interface NotHarmonised {
  readonly country: string;
  readonly activity: string;
  readonly reason: string;
}

export interface HarmonisedResults {
  /** The country's results, with each harmonised activity's outputs re-estimated. */
  readonly results: AnalysisResults;
  readonly harmonised: readonly Harmonisation[];
  readonly notHarmonised: readonly NotHarmonised[];
}

/** An assessment as harmonisation reads it: its checked config, results, and (for the country re-estimated) its folder. */
export interface HarmoniseSide {
  readonly config: AssessmentConfig;
  readonly results: AnalysisResults;
}

/**
 * `dh compare --harmonise` (docs/methodology.md § comparability): where a country differs from the
 * reference only in parameters whose declared `harmonise` can narrow its population to the
 * reference's (ages 9–17 to 12–17), its indicators are re-estimated from its own data on the
 * common population, as domains of its full design. Where its data do not allow that (the
 * internet-user recall period was asked one way only), the refusal stays, with the reason.
 * Instrument versions are never harmonised.
 */
export async function harmoniseWithReference(
  reference: HarmoniseSide,
  other: HarmoniseSide & { readonly dir: string },
  definitions: readonly ActivityDefinition[],
): Promise<HarmonisedResults> {
  let results = other.results;
  const harmonised: Harmonisation[] = [];
  const notHarmonised: NotHarmonised[] = [];
  const [R, C] = [reference.results.assessment.country, other.results.assessment.country];
  for (const own of other.results.activities) {
    const theirs = reference.results.activities.find((a) => a.id === own.id);
    const definition = definitions.find((d) => d.id === own.id);
    if (!theirs || !definition || activityIncomparability(reference.results, other.results, own.id) === undefined) continue;
    if (compatibilityLine(instrumentVersion(theirs)) !== compatibilityLine(instrumentVersion(own))) continue;
    const differing = definition.comparability.filter((k) => k.value(other.config) !== k.value(reference.config));
    const narrowed = narrow(differing, other.config, reference.config);
    if ('refused' in narrowed) {
      notHarmonised.push({ country: C, activity: own.id, reason: narrowed.refused });
      continue;
    }
    const [collected, outputs] = [definition.build(other.config), definition.build(narrowed)];
    const analysis = await analyzeActivity({
      activity: withNarrowedOutputs(definition, collected, outputs),
      config: narrowed,
      assessmentDir: other.dir,
      thresholds: reportingThresholds(other.config),
      confidenceLevel: other.results.estimation.confidenceLevel,
      keepAnalysisData: false,
      allowErrors: own.validation?.analysedDespiteErrors === true,
    });
    const id = own.id;
    if (
      !analysis.indicators.some((i) => i.status === 'estimated') &&
      other.results.indicators.some((i) => i.activity === id && i.status === 'estimated')
    ) {
      const why = analysis.indicators.find((i) => i.reason !== null)?.reason ?? 'its data could not be analysed again';
      notHarmonised.push({
        country: C,
        activity: id,
        reason: `${C}'s data could not be re-estimated (${why}); its results stay as analysed.`,
      });
      continue;
    }
    // An output whose universe the narrowing does not touch (caregivers of children of every age)
    // is not on the common population: it stays refused, saying so, rather than labelled harmonised.
    const untouched = new Set(
      outputs.indicators
        .filter((i) => JSON.stringify(i.universe) === JSON.stringify(collected.indicators.find((c) => c.id === i.id)?.universe))
        .map((i) => i.id),
    );
    const notOnCommon = `not harmonised: its universe does not depend on ${differing.map((k) => k.title.toLowerCase()).join(' or ')}, so it cannot be narrowed to ${R}'s population`;
    const indicators = analysis.indicators.map((i) =>
      untouched.has(i.id) ? { ...i, status: 'not-computed' as const, reason: notOnCommon } : i,
    );
    const estimates = analysis.estimates.filter((row) => !untouched.has(row.indicator));
    const others = <T extends { readonly activity: string | null }>(list: readonly T[]): T[] => list.filter((x) => x.activity !== id);
    results = {
      ...results,
      activities: results.activities.map((a) => (a.id === id ? analysis.activity : a)),
      indicators: [...others(results.indicators), ...indicators],
      estimates: [...others(results.estimates), ...estimates],
      tables: [...others(results.tables), ...analysis.tables],
      disaggregations: [...others(results.disaggregations), ...analysis.disaggregations],
      problems: [...results.problems, ...analysis.problems.filter((p) => p.severity === 'error')],
    };
    const what = differing.map((k) => `${k.title.toLowerCase()} ${k.value(reference.config)} (${C}: ${k.value(other.config)})`);
    harmonised.push({
      country: C,
      activity: id,
      description: `harmonised: re-estimated from ${C}'s own data on ${R}'s population, ${what.join(', ')}`,
    });
  }
  return { results, harmonised, notHarmonised };
}

/** The country's config narrowed parameter by parameter, or every reason one cannot be. */
function narrow(
  keys: readonly ComparabilityKey[],
  own: AssessmentConfig,
  reference: AssessmentConfig,
): AssessmentConfig | { refused: string } {
  let config = own;
  const refused: string[] = [];
  for (const key of keys) {
    const result = key.harmonise?.(config, reference) ?? {
      refused: `${key.title}: ${own.country} ${key.value(own)}, ${reference.country} ${key.value(reference)}; this parameter is never re-estimated.`,
    };
    if ('refused' in result) refused.push(result.refused);
    else config = result;
  }
  return refused.length > 0 ? { refused: refused.join(' ') } : config;
}

/**
 * The activity checking the country's data as collected (its record types and rules from its
 * own config) while its indicators, tables and disaggregations are those of the narrowed config
 * it is analysed with: universes then hold the common population only.
 */
function withNarrowedOutputs(definition: ActivityDefinition, collected: BuiltActivity, outputs: BuiltActivity): ActivityDefinition {
  return {
    ...definition,
    build: () => ({ ...collected, indicators: outputs.indicators, tables: outputs.tables, disaggregations: outputs.disaggregations }),
  };
}
