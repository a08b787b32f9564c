import type { DatasetRule } from '../../activity/contracts.js';
import { TOTAL, type StatisticsDeclaration, type StatisticsList } from './declaration.js';
import { context, lowerFirst, needs, SERIES_FIELDS, Words, type Figure } from './figure-reading.js';
import { justiceChainOrder, subsetsWithinWhole } from './measure-order-rules.js';
import { periodYearBefore } from './periods.js';
import { FIGURE_FIELDS as F } from './reported-figure.js';

/**
 * Parts of a breakdown do not exceed their total (an error), and where every part is given
 * they should reach it (a warning: sources often leave figures uncategorised). Parts are
 * compared per list (sex, age band, offence type) with the total of the same source,
 * period, measure and other dimension; "not available" parts are left out of the sum.
 */
export function partsWithinTotal(declaration: StatisticsDeclaration): DatasetRule {
  const listOfCategory = new Map<string, StatisticsList>();
  const listOfBreakdown = new Map<string, StatisticsList>();
  for (const l of declaration.categoryLists) for (const [code] of l.parts) listOfCategory.set(code, l);
  for (const l of declaration.breakdownLists) for (const [code] of l.parts) listOfBreakdown.set(code, l);
  const words = new Words(declaration);
  return {
    id: 'parts-within-total',
    description:
      'The parts of a breakdown (by sex, age band, offence or contact type) add up to no more than the total of the same source, period and measure; where every part is given, to the total.',
    needs: needs(declaration, SERIES_FIELDS),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      interface Group {
        total?: Figure;
        readonly parts: Map<string, Figure>;
        readonly list: StatisticsList;
      }
      const groups = new Map<string, Group>();
      const totals = new Map<string, Figure>();
      const base = (f: Figure) => [f.organisation, f.periodText, f.measure].join('\u001f');
      for (const f of figures) {
        if (f.value === undefined) continue;
        // A part by breakdown within one category, and a part by category within one breakdown.
        const splits: [string, StatisticsList | undefined, string][] = [
          [`b\u001f${base(f)}\u001f${f.category}`, listOfBreakdown.get(f.breakdown), f.breakdown],
          [`c\u001f${base(f)}\u001f${f.breakdown}`, listOfCategory.get(f.category), f.category],
        ];
        for (const [key, list, code] of splits) {
          if (code === TOTAL) totals.set(key, f);
          else if (list) {
            const groupKey = `${key}\u001f${list.name}`;
            const group = groups.get(groupKey) ?? { parts: new Map(), list };
            group.parts.set(code, f);
            groups.set(groupKey, group);
          }
        }
      }
      for (const [groupKey, group] of groups) {
        const total = totals.get(groupKey.slice(0, groupKey.lastIndexOf('\u001f')));
        if (!total || typeof total.value !== 'number') continue;
        const parts = [...group.parts.values()];
        const sum = parts.reduce((s, p) => s + (typeof p.value === 'number' ? p.value : 0), 0);
        const params = {
          measure: words.measure(total.measure),
          period: total.periodText,
          source: total.organisation,
          list: lowerFirst(group.list.title),
          parts: sum,
          total: total.value,
        };
        if (sum > total.value) yield at('parts-exceed-total', total, F.value, String(total.value), params);
        else if (sum < total.value && group.list.parts.every(([code]) => typeof group.parts.get(code)?.value === 'number'))
          yield at('parts-short-of-total', total, F.value, String(total.value), { ...params, missing: total.value - sum });
      }
    },
  };
}

/** A sudden jump: the larger of two figures a year apart is at least `factor` times the smaller and at least `minimum`. */
export interface JumpThresholds {
  readonly factor: number;
  readonly minimum: number;
}

/** Ten times, as the methodology's example; small counts (under 20) move a lot by chance and are left alone. */
export const DEFAULT_JUMP: JumpThresholds = { factor: 10, minimum: 20 };

/**
 * A figure at least ten times larger or smaller than the same figure (same source, measure,
 * category and breakdown) for the same period a year earlier is a warning asking for a note;
 * a figure with a note is not flagged.
 */
export function suddenJumps(declaration: StatisticsDeclaration, thresholds: JumpThresholds = DEFAULT_JUMP): DatasetRule {
  const words = new Words(declaration);
  return {
    id: 'sudden-jumps',
    description: `A figure ${thresholds.factor} or more times larger or smaller than the year before carries a note saying why.`,
    needs: needs(declaration, [...SERIES_FIELDS, F.note]),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      const series = (f: Figure, period: string) => [f.organisation, f.measure, f.category, f.breakdown, period].join('\u001f');
      const byPeriod = new Map<string, Figure>();
      for (const f of figures) if (f.period && typeof f.value === 'number') byPeriod.set(series(f, f.period.text), f);
      for (const f of figures) {
        if (!f.period || typeof f.value !== 'number' || f.note !== '') continue;
        const previous = periodYearBefore(f.period);
        const before = byPeriod.get(series(f, previous));
        if (!before || typeof before.value !== 'number') continue;
        const [low, high] = [Math.min(before.value, f.value), Math.max(before.value, f.value)];
        if (high < thresholds.minimum || high < thresholds.factor * low) continue;
        yield at('sudden-jump', f, F.value, String(f.value), {
          measure: words.measure(f.measure),
          source: f.organisation,
          category: words.category(f.category),
          breakdown: words.breakdown(f.breakdown),
          before: before.value,
          previous,
          after: f.value,
          period: f.period.text,
        });
      }
    },
  };
}

/** Every period falls within the assessment's reference years (an ISO period that does not parse is a value error already). */
export function periodsWithinYears(
  declaration: StatisticsDeclaration,
  years: { readonly from: number; readonly to: number },
  setting: string,
): DatasetRule {
  return {
    id: 'periods-within-reference-years',
    description: `Every figure is for a period within the reference years ${years.from}–${years.to}.`,
    needs: needs(declaration, [F.period]),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      for (const f of figures)
        if (f.period && (f.period.year < years.from || f.period.year > years.to))
          yield at('period-outside-reference-years', f, F.period, f.periodText, {
            from: years.from,
            to: years.to,
            hint: `Correct the period or remove the figure. If the assessment should cover that year, change ${setting} in assessment.json.`,
          });
    },
  };
}

/**
 * Periods of one series (source, measure, category, breakdown) neither overlap (a year and
 * one of its quarters: an error, the tables would count twice) nor leave a year partly
 * covered (some quarters or months only: a warning, the year would look smaller).
 */
export function periodCoverage(declaration: StatisticsDeclaration): DatasetRule {
  const words = new Words(declaration);
  return {
    id: 'period-coverage',
    description: 'The periods of one figure neither overlap nor cover only part of a year.',
    needs: needs(declaration, SERIES_FIELDS),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      const years = new Map<string, Figure[]>();
      for (const f of figures) {
        if (!f.period) continue;
        const key = [f.organisation, f.measure, f.category, f.breakdown, f.period.year].join('\u001f');
        years.set(key, [...(years.get(key) ?? []), f]);
      }
      for (const inYear of years.values()) {
        const [first] = inYear;
        if (!first?.period) continue;
        const params = {
          measure: words.measure(first.measure),
          source: first.organisation,
          category: words.category(first.category),
          breakdown: words.breakdown(first.breakdown),
          year: first.period.year,
        };
        const seen: Figure[] = [];
        for (const f of inYear) {
          const other = seen.find((s) => s.periodText !== f.periodText && s.period?.months.some((m) => f.period?.months.includes(m)));
          if (other) yield at('overlapping-periods', f, F.period, f.periodText, { ...params, other: other.periodText });
          seen.push(f);
        }
        const months = new Set(inYear.flatMap((f) => f.period?.months ?? []));
        if (months.size < 12) yield at('partial-year', first, F.period, first.periodText, { ...params, months: months.size });
      }
    },
  };
}

/** What people write where they do not know the source: no organisation or document is named by it. */
const PLACEHOLDER = /^(unknown|not known|n\/?a|none|nil|null|-+|\?+|\.+|x+|tbc|tbd|source|various|other|see note)$/i;

/** Every figure names its source: an organisation and a document or dataset, not a placeholder (an empty cell is a missing value already). */
export function sourceNamed(declaration: StatisticsDeclaration): DatasetRule {
  return {
    id: 'source-named',
    description: 'Every figure names the organisation and the document or dataset it comes from.',
    needs: needs(declaration, [F.organisation, F.document]),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      for (const f of figures)
        for (const [field, value] of [
          [F.organisation, f.organisation],
          [F.document, f.document],
        ] as const)
          if (PLACEHOLDER.test(value)) yield at('source-unnamed', f, field, value, {});
    },
  };
}

/** The settings the rules need from the assessment. */
export interface StatisticsRuleOptions {
  readonly referenceYears: { readonly from: number; readonly to: number };
  /** Where the reference years are set in assessment.json, for the hint. */
  readonly referenceYearsSetting: string;
  readonly jump?: JumpThresholds;
}

/** Every rule of the kit, for one activity's declaration and settings. */
export function statisticsRules(declaration: StatisticsDeclaration, options: StatisticsRuleOptions): DatasetRule[] {
  const chain = justiceChainOrder(declaration);
  const subsets = subsetsWithinWhole(declaration);
  return [
    sourceNamed(declaration),
    periodsWithinYears(declaration, options.referenceYears, options.referenceYearsSetting),
    periodCoverage(declaration),
    partsWithinTotal(declaration),
    ...(subsets ? [subsets] : []),
    ...(chain ? [chain] : []),
    suddenJumps(declaration, options.jump),
  ];
}
