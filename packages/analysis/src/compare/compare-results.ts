import type { AnalysisResults, EstimateRow, IndicatorResult } from '../results/results-schema.js';
import { activityIncomparability, indicatorIncomparability, instrumentVersion } from './comparability.js';
import { COMPARISON_SCHEMA_ID, type Comparison, type ComparisonCell, type ComparisonRow } from './comparison-schema.js';

const rowKey = (r: Pick<EstimateRow, 'disaggregation' | 'level'>): string => `${r.disaggregation ?? ''}\u0000${r.level ?? ''}`;

function numbers(row: EstimateRow | undefined): Pick<ComparisonCell, 'estimate' | 'ciLow' | 'ciHigh' | 'n' | 'flags'> {
  return { estimate: row?.estimate ?? null, ciLow: row?.ciLow ?? null, ciHigh: row?.ciHigh ?? null, n: row?.n ?? null, flags: row?.flags ?? [] };
}

const refused = (country: string, reason: string): ComparisonCell => ({ country, comparable: false, reason, estimate: null, ciLow: null, ciHigh: null, n: null, flags: [] });

/**
 * Puts countries side by side, indicator by indicator and level by level, only where the
 * contracts say they are comparable with the reference (the first results given); every
 * other cell carries the reason and no number. Suppression stays as each country applied it.
 */
export function compareResults(all: readonly AnalysisResults[]): Comparison {
  const [reference] = all;
  if (!reference) throw new Error('compareResults needs at least one assessment');
  const rows: ComparisonRow[] = [];
  for (const indicator of reference.indicators) rows.push(...indicatorRows(reference, indicator, all));
  return {
    $schema: COMPARISON_SCHEMA_ID,
    kind: 'dh-comparison',
    formatVersion: '1.0.0',
    reference: reference.assessment.country,
    countries: all.map((r) => ({
      country: r.assessment.country,
      name: r.assessment.name,
      synthetic: r.assessment.synthetic,
      ageRange: r.assessment.ageRange,
      internetUser: r.assessment.internetUser,
      activities: r.activities.map((a) => ({ id: a.id, instrumentVersion: instrumentVersion(a) })),
    })),
    rows,
  };
}

function estimatesOf(results: AnalysisResults, indicator: IndicatorResult): Map<string, EstimateRow> {
  const rows = results.estimates.filter((e) => e.activity === indicator.activity && e.indicator === indicator.id);
  return new Map(rows.map((e) => [rowKey(e), e]));
}

function indicatorRows(reference: AnalysisResults, indicator: IndicatorResult, all: readonly AnalysisResults[]): ComparisonRow[] {
  const levels: Pick<EstimateRow, 'disaggregation' | 'level' | 'levelLabel'>[] = reference.estimates.filter((e) => e.activity === indicator.activity && e.indicator === indicator.id);
  if (levels.length === 0) levels.push({ disaggregation: null, level: null, levelLabel: 'All' });
  const perCountry = all.map((results) => {
    const reason = results === reference
      ? indicatorIncomparability(reference, indicator, reference)
      : activityIncomparability(reference, results, indicator.activity) ?? indicatorIncomparability(reference, indicator, results);
    return { country: results.assessment.country, reason, estimates: reason === undefined ? estimatesOf(results, indicator) : new Map<string, EstimateRow>() };
  });
  return levels.map((level) => ({
    activity: indicator.activity,
    indicator: indicator.id,
    title: indicator.title,
    estimator: indicator.estimator,
    disaggregation: level.disaggregation,
    level: level.level,
    levelLabel: level.levelLabel,
    cells: perCountry.map(({ country, reason, estimates }) => {
      if (reason !== undefined) return refused(country, reason);
      const row = estimates.get(rowKey(level));
      if (!row) return refused(country, `${country} has no estimate for ${level.disaggregation ?? 'all'} = ${level.level ?? 'all'}.`);
      return { country, comparable: true, reason: null, ...numbers(row) };
    }),
  }));
}
