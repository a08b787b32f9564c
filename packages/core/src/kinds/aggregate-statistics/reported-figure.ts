import { z } from 'zod';
import { InstrumentDefinitionError } from '../../instrument/check-instrument.js';
import type { ChoiceList } from '../../instrument/types.js';
import { codeOf, defineRecordType, freeText, recordList, textLike } from '../../records/define-record-type.js';
import type { RecordType } from '../../records/record-type.js';
import { NOT_AVAILABLE, TOTAL, type StatisticsDeclaration, type StatisticsList } from './declaration.js';
import { PERIOD_PATTERN } from './periods.js';

/** The fields of a reported figure, in column order; the data request's `fields` name the same. */
export const FIGURE_FIELDS = {
  sourceType: 'source_type',
  organisation: 'organisation',
  document: 'document',
  retrieved: 'retrieved',
  period: 'period',
  measure: 'measure',
  category: 'category',
  breakdown: 'breakdown',
  value: 'value',
  note: 'note',
} as const;

/** One value per (source, period, measure, category, breakdown): a second one is a duplicate. */
export const FIGURE_KEY: readonly string[] = [
  FIGURE_FIELDS.organisation,
  FIGURE_FIELDS.period,
  FIGURE_FIELDS.measure,
  FIGURE_FIELDS.category,
  FIGURE_FIELDS.breakdown,
];

/** A whole number of 0 or more (no sign, no separators, no leading zeros), or the not-available code. */
export const FIGURE_VALUE_PATTERN = new RegExp(`^(0|[1-9]\\d*|${NOT_AVAILABLE})$`);

/** The code lists of a declaration's figures: source types, measures, and the categories and breakdowns with their total. */
export interface FigureLists {
  readonly sourceType: ChoiceList;
  readonly measure: ChoiceList;
  /** Every category list's parts in one list, after the total: the `category` field's codes. */
  readonly category: ChoiceList;
  /** Every breakdown list's parts in one list, after the total: the `breakdown` field's codes. */
  readonly breakdown: ChoiceList;
  /** The lists one by one, as the data request offers them. */
  readonly categoryLists: readonly ChoiceList[];
  readonly breakdownLists: readonly ChoiceList[];
}

function union(name: string, totalLabel: string, lists: readonly StatisticsList[], problems: string[]): ChoiceList {
  const entries: [string, string][] = [[TOTAL, totalLabel]];
  for (const list of lists) {
    for (const [code, label] of list.parts) {
      if (code === TOTAL) problems.push(`list "${list.name}" has a part "${TOTAL}", which is the code of the total`);
      else if (entries.some(([c]) => c === code)) problems.push(`code "${code}" of list "${list.name}" is in another ${name} list too`);
      else entries.push([code, label]);
    }
    if (list.notRecorded !== undefined && !list.parts.some(([c]) => c === list.notRecorded))
      problems.push(`list "${list.name}" names "${list.notRecorded}" as its not-recorded part, which is not one of its parts`);
  }
  return recordList(name, entries);
}

/** What is wrong with a declaration's subsets: a measure it does not declare, or a part the rule could never compare with its whole. */
function subsetProblems(declaration: StatisticsDeclaration): string[] {
  const problems: string[] = [];
  for (const { measure, of } of declaration.subsets ?? []) {
    const part = declaration.measures.find((m) => m.id === measure);
    const whole = declaration.measures.find((m) => m.id === of);
    if (!part) problems.push(`a subset names "${measure}", which is not a measure`);
    if (!whole) problems.push(`a subset names "${of}", which is not a measure`);
    // The rule compares figures of one organisation, so a part asked of another kind of source would never be checked.
    if (part && whole && (part === whole || part.sourceType !== whole.sourceType))
      problems.push(`"${measure}" cannot be a subset of "${of}": a subset is another measure asked of the same kind of source`);
  }
  return problems;
}

/** The code lists of a declaration; throws on an authoring error (a code in two lists, a measure naming no list). */
export function figureLists(declaration: StatisticsDeclaration): FigureLists {
  const problems: string[] = [];
  const category = union(FIGURE_FIELDS.category, 'All categories (total)', declaration.categoryLists, problems);
  const breakdown = union(FIGURE_FIELDS.breakdown, 'All (total)', declaration.breakdownLists, problems);
  const sourceCodes = new Set(declaration.sourceTypes.map(([code]) => code));
  for (const m of declaration.measures) {
    if (!sourceCodes.has(m.sourceType)) problems.push(`measure "${m.id}" is reported by "${m.sourceType}", which is not a source type`);
    if (m.categoryList !== undefined && !declaration.categoryLists.some((l) => l.name === m.categoryList))
      problems.push(`measure "${m.id}" names category list "${m.categoryList}", which is not declared`);
    for (const name of m.breakdownLists)
      if (!declaration.breakdownLists.some((l) => l.name === name))
        problems.push(`measure "${m.id}" names breakdown list "${name}", which is not declared`);
    if (!(m.typicalYear.min >= 0 && m.typicalYear.max >= m.typicalYear.min))
      problems.push(`measure "${m.id}" has typicalYear ${m.typicalYear.min}–${m.typicalYear.max}, not a range of whole numbers`);
  }
  for (const id of declaration.justiceChain ?? [])
    if (!declaration.measures.some((m) => m.id === id)) problems.push(`the justice chain names "${id}", which is not a measure`);
  problems.push(...subsetProblems(declaration));
  if (problems.length > 0)
    throw new InstrumentDefinitionError(`The statistics of ${declaration.activityId} are not well declared:\n- ${problems.join('\n- ')}`);
  return {
    sourceType: recordList(FIGURE_FIELDS.sourceType, declaration.sourceTypes),
    measure: recordList(
      FIGURE_FIELDS.measure,
      declaration.measures.map((m) => [m.id, m.label]),
    ),
    category,
    breakdown,
    categoryLists: declaration.categoryLists.map((l) => recordList(l.name, l.parts)),
    breakdownLists: declaration.breakdownLists.map((l) => recordList(l.name, l.parts)),
  };
}

/**
 * The record type of a declaration's figures (docs/methodology.md § law-enforcement-data and
 * helpline-hotline-industry-data): one row per (source, period, measure, category, breakdown)
 * with the source named (organisation, document or dataset, date retrieved), an ISO period,
 * the value (a whole number, or `not_available`, which is never zero) and a note.
 */
export function reportedFigureRecordType(declaration: StatisticsDeclaration): RecordType {
  const lists = figureLists(declaration);
  const F = FIGURE_FIELDS;
  return defineRecordType({
    name: declaration.recordType.name,
    title: declaration.recordType.title,
    key: FIGURE_KEY,
    instrument: { id: declaration.request.id, version: declaration.version },
    lists: [lists.sourceType, lists.measure, lists.category, lists.breakdown],
    schema: z.strictObject({
      [F.sourceType]: codeOf(lists.sourceType).meta({ description: 'Kind of source' }),
      [F.organisation]: textLike(/^\S[^\r\n]{0,199}$/, 'the name of the organisation, on one line (up to 200 characters)').meta({
        description: 'Organisation that reported the figure',
      }),
      [F.document]: textLike(/^\S[^\r\n]{0,299}$/, 'the title of the document or dataset, on one line (up to 300 characters)').meta({
        description: 'Document or dataset the figure comes from',
      }),
      [F.retrieved]: z.iso.date().meta({ description: 'Date the figure was retrieved' }),
      [F.period]: textLike(PERIOD_PATTERN, 'a period written 2021, 2021-Q3 or 2021-07').meta({
        description: 'Period (ISO year, quarter or month)',
      }),
      [F.measure]: codeOf(lists.measure).meta({ description: 'Measure' }),
      [F.category]: codeOf(lists.category).meta({ description: `Category (${TOTAL} for all)` }),
      [F.breakdown]: codeOf(lists.breakdown).meta({ description: `Breakdown (${TOTAL} for all)` }),
      [F.value]: textLike(FIGURE_VALUE_PATTERN, `a whole number of 0 or more, or ${NOT_AVAILABLE}`).meta({
        description: `Value: a whole number, or ${NOT_AVAILABLE} (never 0 for a missing figure)`,
      }),
      [F.note]: freeText(500).nullable().meta({ description: 'Note (how the source counts, a change of method)' }),
    }),
  });
}
