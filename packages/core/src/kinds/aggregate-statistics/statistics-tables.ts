import type { CountTableContract, TableContract, TimeSeriesContract } from '../../activity/table-contracts.js';
import { all, q } from '../../expression/builders.js';
import { InstrumentDefinitionError } from '../../instrument/check-instrument.js';
import {
  NOT_AVAILABLE,
  TOTAL,
  measureOf,
  type StatisticsDeclaration,
  type StatisticsMeasure,
  type StatisticsTable,
} from './declaration.js';
import { FIGURE_FIELDS as F } from './reported-figure.js';

/** The fields naming each figure's source, printed with every trend table. */
export const SOURCE_FIELDS: readonly string[] = [F.organisation, F.document, F.retrieved];

/** The caveats of some measures, each once, each saying which measure it is about where there are several. */
export function caveatOf(measures: readonly StatisticsMeasure[]): string {
  if (measures.length === 1) return measures[0]?.caveat ?? '';
  const seen = new Set<string>();
  return measures
    .filter((m) => !seen.has(m.caveat) && seen.add(m.caveat))
    .map((m) => `${m.label}: ${m.caveat}`)
    .join(' ');
}

function sourceTitle(declaration: StatisticsDeclaration, measure: StatisticsMeasure): string {
  return declaration.sourceTypes.find(([code]) => code === measure.sourceType)?.[1] ?? measure.sourceType;
}

function trendTable(declaration: StatisticsDeclaration, spec: Extract<StatisticsTable, { kind: 'trend' }>): TimeSeriesContract {
  const measures = spec.measures.map((id) => measureOf(declaration, id));
  const label = (id: string) => measureOf(declaration, id).label.toLowerCase();
  const sources = [...new Set(measures.map((m) => sourceTitle(declaration, m)))].join('; ');
  const definition = [
    'Per year, the sum over every source of the totals given for each measure (all categories, no breakdown); quarterly and monthly figures are added into their year, and a figure not available is never taken for zero.',
    spec.ratePer100000Children
      ? 'Rates are per 100,000 children under 18 in the same year (assessment.json population.childrenByYear), and are stated with that base.'
      : '',
    'Change is on the previous year, in per cent.',
    ...(spec.ratios ?? []).map((r) => `${r.label}: ${label(r.numerator)} divided by ${label(r.denominator)} of the same year.`),
    `Sources: ${sources}, as named with each figure.`,
  ].filter((s) => s !== '');
  return {
    outputKind: 'time-series',
    id: spec.id,
    title: spec.title,
    definition: definition.join(' '),
    activity: declaration.activityId,
    version: declaration.version,
    acceptsVersions: `^${declaration.version}`,
    caveat: caveatOf(measures),
    recordType: declaration.recordType.name,
    universe: all(q(F.category).eq(TOTAL), q(F.breakdown).eq(TOTAL)),
    periodField: F.period,
    valueField: F.value,
    notAvailable: NOT_AVAILABLE,
    sourceFields: SOURCE_FIELDS,
    series: measures.map((m) => ({ id: m.id, label: m.label, when: q(F.measure).eq(m.id), unit: m.unit })),
    ratePer100000Children: spec.ratePer100000Children,
    ...(spec.ratios && spec.ratios.length > 0 && { ratios: spec.ratios }),
  };
}

function breakdownTable(declaration: StatisticsDeclaration, spec: Extract<StatisticsTable, { kind: 'breakdown' }>): CountTableContract {
  const measure = measureOf(declaration, spec.measure);
  const isCategory = measure.categoryList === spec.list;
  const list = (isCategory ? declaration.categoryLists : declaration.breakdownLists).find((l) => l.name === spec.list);
  if (!list || (!isCategory && !measure.breakdownLists.includes(spec.list)))
    throw new InstrumentDefinitionError(
      `Table "${spec.id}" of ${declaration.activityId} breaks "${measure.id}" down by "${spec.list}", which is not one of its lists`,
    );
  const [field, other] = isCategory ? [F.category, F.breakdown] : [F.breakdown, F.category];
  return {
    outputKind: 'count-table',
    id: spec.id,
    title: spec.title,
    definition: [
      `${measure.label} (${measure.unit}) by ${list.title.toLowerCase()}, per period: the sum over every source of the figures given for each part, ${isCategory ? 'with no breakdown' : 'for all categories'}.`,
      "Parts a source did not give are not estimated, so the total is of the parts given and may be less than the source's own total.",
      `Sources: ${sourceTitle(declaration, measure)}, as named with each figure.`,
    ].join(' '),
    activity: declaration.activityId,
    version: declaration.version,
    acceptsVersions: `^${declaration.version}`,
    caveat: measure.caveat,
    recordType: declaration.recordType.name,
    universe: all(q(F.measure).eq(measure.id), q(other).eq(TOTAL)),
    sum: F.value,
    sourceFields: SOURCE_FIELDS,
    unit: measure.unit,
    rows: { kind: 'levels', title: list.title, levels: list.parts.map(([code, label]) => ({ code, label, when: q(field).eq(code) })) },
    columns: { kind: 'field', title: 'Period', field: F.period },
  };
}

/**
 * The table contracts of a declaration (docs/methodology.md § law-enforcement-data and
 * helpline-hotline-industry-data): trends are time series (counts per year, rates per
 * 100,000 children, change on the previous year, ratios such as attrition along the justice
 * chain), breakdowns are count tables whose small cells the activity's disclosure policy
 * protects. Each carries its measures' caveats and names its sources.
 */
export function statisticsTables(declaration: StatisticsDeclaration): TableContract[] {
  return declaration.tables.flatMap((spec): TableContract[] =>
    spec.kind === 'trend'
      ? [trendTable(declaration, spec)]
      : [breakdownTable(declaration, spec), ...(spec.ratePer100000ChildrenOfAge ? [ageRateTable(declaration, spec)] : [])],
  );
}

/** The breakdown's figures per 100,000 children of each age band in the same year. */
function ageRateTable(declaration: StatisticsDeclaration, spec: Extract<StatisticsTable, { kind: 'breakdown' }>): CountTableContract {
  const counts = breakdownTable(declaration, spec);
  const list = declaration.breakdownLists.find((l) => l.name === spec.list);
  if (!list?.ages)
    throw new InstrumentDefinitionError(
      `Table "${spec.id}" of ${declaration.activityId} asks for rates by age, but list "${spec.list}" gives no ages for its parts`,
    );
  const measure = measureOf(declaration, spec.measure);
  return {
    ...counts,
    id: `${spec.id}_per_100000`,
    title: `${spec.title}, per 100,000 children of the same age`,
    definition: [
      `${measure.label} per 100,000 children of each age band in the same year (assessment.json population.childrenByYear[].byAge, stated with each rate as its base): the figures of the table "${spec.title}" divided by the children of those ages.`,
      'A band or year without a population figure gets no rate; a figure withheld in the counts is withheld as a rate; figures of children whose age was not recorded have no rate.',
      `Sources: ${sourceTitle(declaration, measure)}, as named with each figure.`,
    ].join(' '),
    ratePer100000ChildrenOfAge: list.ages,
  };
}
