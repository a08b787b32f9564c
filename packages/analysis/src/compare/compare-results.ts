import type { AnalysisResults, EstimateRow, IndicatorResult, TableResult } from '../results/results-schema.js';
import {
  activityIncomparability,
  contractIncomparability,
  instrumentVersion,
  itemIncomparability,
  type ComparedContract,
  type ItemDefinitions,
  type VersionChanges,
} from './comparability.js';
import {
  COMPARISON_SCHEMA_ID,
  type Comparison,
  type ComparisonCell,
  type ComparisonMatrix,
  type ComparisonRow,
} from './comparison-schema.js';
import type { Harmonisation, NotHarmonised } from './harmonise.js';

const rowKey = (r: Pick<EstimateRow, 'disaggregation' | 'level'>): string => `${r.disaggregation ?? ''}\u0000${r.level ?? ''}`;

function numbers(row: EstimateRow | undefined): Pick<ComparisonCell, 'estimate' | 'ciLow' | 'ciHigh' | 'n' | 'flags'> {
  return {
    estimate: row?.estimate ?? null,
    ciLow: row?.ciLow ?? null,
    ciHigh: row?.ciHigh ?? null,
    n: row?.n ?? null,
    flags: row?.flags ?? [],
  };
}

const refused = (country: string, reason: string): ComparisonCell => ({
  country,
  comparable: false,
  reason,
  estimate: null,
  ciLow: null,
  ciHigh: null,
  n: null,
  flags: [],
});

const indicatorContract = (i: IndicatorResult): ComparedContract => ({
  activity: i.activity,
  id: i.id,
  version: i.version,
  acceptsVersions: i.acceptsVersions,
  computed: i.status === 'estimated',
  reason: i.reason,
  derivedVariables: i.derivedVariables,
});
const tableContract = (t: TableResult): ComparedContract => ({
  activity: t.activity,
  id: t.id,
  version: t.version,
  acceptsVersions: t.acceptsVersions,
  computed: t.status === 'computed',
  reason: t.reason,
});

export interface CompareOptions {
  /** The changes between two versions of an activity (its published snapshots), so a refusal names what changed. */
  readonly versionChanges?: VersionChanges;
  /** When each item of a status table was last defined, per published version, so countries on different major versions are compared item by item. */
  readonly itemDefinitions?: ItemDefinitions;
  /** Activities whose results were re-estimated on the reference's population (`harmoniseWithReference`), marked as such. */
  readonly harmonised?: readonly Harmonisation[];
  /** Activities that could not be, with why: said with their refusal. */
  readonly notHarmonised?: readonly NotHarmonised[];
}

/**
 * Puts countries side by side, contract by contract, only where they are comparable with
 * the reference (the first results given): estimates level by level, status tables item by
 * item; every other cell carries the reason and no number. Suppression stays as each
 * country applied it. Counts of purposive samples (interviews) are not compared.
 */
export function compareResults(all: readonly AnalysisResults[], options: CompareOptions = {}): Comparison {
  const [reference] = all;
  if (!reference) throw new Error('compareResults needs at least one assessment');
  const changes = options.versionChanges;
  const harmonisedOf = (country: string, activity: string): string | undefined =>
    options.harmonised?.find((h) => h.country === country && h.activity === activity)?.description;
  const refusalOf = (results: AnalysisResults, activity: string): string | undefined => {
    if (results === reference) return undefined;
    const refusal = activityIncomparability(reference, results, activity, changes);
    const country = results.assessment.country;
    const why = options.notHarmonised?.find((n) => n.country === country && n.activity === activity)?.reason;
    return refusal !== undefined && why !== undefined ? `${refusal} Not harmonised: ${why}` : refusal;
  };
  const rows: ComparisonRow[] = [];
  for (const indicator of reference.indicators) rows.push(...indicatorRows(reference, indicator, all, refusalOf, changes));
  const matrices = reference.tables
    .filter((t) => t.outputKind === 'status-table')
    .map((t) => statusMatrix(reference, t, all, refusalOf, changes, options.itemDefinitions));
  // An activity compared item by item is not refused as a whole where any of its items stands beside the reference's.
  const partlyCompared = (country: string, activity: string): boolean =>
    matrices.some((m) => m.activity === activity && m.cells.some((c) => c.country === country && c.comparable));
  return {
    $schema: COMPARISON_SCHEMA_ID,
    kind: 'dh-comparison',
    formatVersion: '2.0.0',
    reference: reference.assessment.country,
    countries: all.map((r) => ({
      country: r.assessment.country,
      name: r.assessment.name,
      synthetic: r.assessment.synthetic,
      activities: r.activities.map((a) => ({
        id: a.id,
        instrumentVersion: instrumentVersion(a),
        parameters: a.parameters,
        refusal: partlyCompared(r.assessment.country, a.id) ? null : (refusalOf(r, a.id) ?? null),
        ...harmonisedField(harmonisedOf(r.assessment.country, a.id)),
      })),
    })),
    rows: rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({
        ...cell,
        ...harmonisedField(cell.comparable ? harmonisedOf(cell.country, row.activity) : undefined),
      })),
    })),
    matrices,
  };
}

function estimatesOf(results: AnalysisResults, indicator: IndicatorResult): Map<string, EstimateRow> {
  const rows = results.estimates.filter((e) => e.activity === indicator.activity && e.indicator === indicator.id);
  return new Map(rows.map((e) => [rowKey(e), e]));
}

type RefusalOf = (results: AnalysisResults, activity: string) => string | undefined;

function indicatorRows(
  reference: AnalysisResults,
  indicator: IndicatorResult,
  all: readonly AnalysisResults[],
  refusalOf: RefusalOf,
  changes: VersionChanges | undefined,
): ComparisonRow[] {
  const levels: Pick<EstimateRow, 'disaggregation' | 'level' | 'levelLabel'>[] = reference.estimates.filter(
    (e) => e.activity === indicator.activity && e.indicator === indicator.id,
  );
  if (levels.length === 0) levels.push({ disaggregation: null, level: null, levelLabel: 'All' });
  const perCountry = all.map((results) => {
    const own = results.indicators.find((i) => i.activity === indicator.activity && i.id === indicator.id);
    const reason =
      refusalOf(results, indicator.activity) ??
      contractIncomparability(reference, indicatorContract(indicator), results, own && indicatorContract(own), changes);
    return {
      country: results.assessment.country,
      reason,
      estimates: reason === undefined ? estimatesOf(results, indicator) : new Map<string, EstimateRow>(),
    };
  });
  const disaggregationTitle = (id: string | null): string | null =>
    id === null ? null : (reference.disaggregations.find((d) => d.activity === indicator.activity && d.id === id)?.title ?? id);
  return levels.map((level) => ({
    activity: indicator.activity,
    indicator: indicator.id,
    title: indicator.title,
    estimator: indicator.estimator,
    disaggregation: level.disaggregation,
    disaggregationTitle: disaggregationTitle(level.disaggregation),
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

/**
 * Item × country: the status of each item in each comparable country, from its own status table.
 * A country on another major version is judged item by item where the items declare when their
 * definitions changed (itemIncomparability), else refused as a whole.
 */
function statusMatrix(
  reference: AnalysisResults,
  table: TableResult,
  all: readonly AnalysisResults[],
  refusalOf: RefusalOf,
  changes: VersionChanges | undefined,
  definitions: ItemDefinitions | undefined,
): ComparisonMatrix {
  const cells: ComparisonMatrix['cells'] = [];
  for (const results of all) {
    const own = results.tables.find((t) => t.activity === table.activity && t.id === table.id);
    const itemReason =
      results === reference ? undefined : itemIncomparability(reference, results, table.activity, table.id, definitions, changes);
    const contractReason = contractIncomparability(
      reference,
      tableContract(table),
      results,
      own && tableContract(own),
      changes,
      itemReason !== undefined,
    );
    const tableReason = itemReason !== undefined ? contractReason : (refusalOf(results, table.activity) ?? contractReason);
    const detailColumn = own?.columns.find((c) => c.kind === 'detail')?.code;
    const activity = results.activities.find((a) => a.id === table.activity);
    const version = activity ? instrumentVersion(activity) : null;
    for (const item of table.rows) {
      const reason = tableReason ?? itemReason?.(item.code);
      const status = own?.cells.find((c) => c.row === item.code && c.column === 'status');
      const detail = detailColumn === undefined ? undefined : own?.cells.find((c) => c.row === item.code && c.column === detailColumn);
      cells.push({
        item: item.code,
        country: results.assessment.country,
        comparable: reason === undefined,
        status: reason === undefined ? (status?.code ?? null) : null,
        text: reason === undefined ? (status?.text ?? null) : null,
        detail: reason === undefined ? (detail?.text ?? null) : null,
        version,
        reason: reason ?? null,
      });
    }
  }
  return {
    activity: table.activity,
    table: table.id,
    title: table.title,
    items: table.rows.map((r) => ({ code: r.code, label: r.label })),
    cells,
  };
}

const harmonisedField = (description: string | undefined): { harmonised?: string } =>
  description === undefined ? {} : { harmonised: description };
