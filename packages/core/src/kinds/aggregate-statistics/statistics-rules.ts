import type { DatasetRule, RecordTable } from '../../activity/contracts.js';
import type { IssueInput } from '../../issues/issue.js';
import { NOT_AVAILABLE, TOTAL, type StatisticsDeclaration, type StatisticsList } from './declaration.js';
import { parsePeriod, periodYearBefore, type Period } from './periods.js';
import { FIGURE_FIELDS as F } from './reported-figure.js';
import { statisticsIssueCode, type StatisticsIssueName } from './statistics-issues.js';

/** A figure as a dataset rule reads it: text trimmed, the value a number, not available, or unreadable (left to the value checks). */
interface Figure {
  readonly index: number;
  readonly organisation: string;
  readonly document: string;
  readonly periodText: string;
  readonly period: Period | undefined;
  readonly measure: string;
  readonly category: string;
  readonly breakdown: string;
  readonly value: number | 'not-available' | undefined;
  readonly note: string;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

function valueOf(v: unknown): Figure['value'] {
  const t = text(v);
  if (t === NOT_AVAILABLE) return 'not-available';
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

function figuresOf(table: RecordTable): Figure[] {
  return table.rows.map((row, index) => {
    const periodText = text(row[F.period]);
    return {
      index,
      organisation: text(row[F.organisation]),
      document: text(row[F.document]),
      periodText,
      period: parsePeriod(periodText),
      measure: text(row[F.measure]),
      category: text(row[F.category]),
      breakdown: text(row[F.breakdown]),
      value: valueOf(row[F.value]),
      note: text(row[F.note]),
    };
  });
}

/** "Cases recorded" → "cases recorded", leaving names such as "CyberTipline" alone. */
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Names for messages: measures, categories and breakdowns by their English labels. */
class Words {
  private readonly labels = new Map<string, string>();
  private readonly measures = new Map<string, string>();
  constructor(declaration: StatisticsDeclaration) {
    for (const list of [...declaration.categoryLists, ...declaration.breakdownLists])
      for (const [code, label] of list.parts) this.labels.set(code, label);
    for (const m of declaration.measures) this.measures.set(m.id, m.label);
  }
  measure(id: string): string {
    return this.measures.get(id) ?? id;
  }
  category(code: string): string {
    return code === TOTAL ? 'all categories' : lowerFirst(this.labels.get(code) ?? code);
  }
  breakdown(code: string): string {
    return code === TOTAL ? 'no breakdown' : lowerFirst(this.labels.get(code) ?? code);
  }
}

/** The table a rule reads, and the issue it yields located at one of its rows. */
function context(declaration: StatisticsDeclaration, tables: ReadonlyMap<string, RecordTable>) {
  const name = declaration.recordType.name;
  const table = tables.get(name);
  const at = (
    issue: StatisticsIssueName,
    figure: Figure,
    field: string,
    value: string,
    params: Record<string, string | number>,
  ): IssueInput => ({
    code: statisticsIssueCode(declaration.activityId, issue),
    record: name,
    field,
    value,
    params,
    ...(table && { file: table.file }),
    ...(table?.rowNumbers[figure.index] !== undefined && { row: table.rowNumbers[figure.index] }),
  });
  return { table, at, figures: table ? figuresOf(table) : [] };
}

const needs = (declaration: StatisticsDeclaration, fields: readonly string[]) => ({ [declaration.recordType.name]: fields });

const SERIES_FIELDS = [F.organisation, F.period, F.measure, F.category, F.breakdown, F.value] as const;

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

/**
 * Along the justice chain (cases, prosecutions, convictions) a later stage should not
 * exceed an earlier one in the same year (docs/methodology.md: a warning, not an error,
 * since periods differ). Figures are summed over sources and over the periods of a year,
 * per category and breakdown, as the tables add them; a year with a "not available" figure
 * of a stage is not compared for that stage.
 */
export function justiceChainOrder(declaration: StatisticsDeclaration): DatasetRule | undefined {
  const chain = declaration.justiceChain ?? [];
  if (chain.length < 2) return undefined;
  const words = new Words(declaration);
  return {
    id: 'justice-chain-order',
    description: `Along the justice chain (${chain.map((m) => lowerFirst(words.measure(m))).join(' ≥ ')}) a later stage does not exceed an earlier one in the same year.`,
    needs: needs(declaration, SERIES_FIELDS),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      interface Cell {
        readonly sums: Map<string, { sum: number; complete: boolean; first: Figure }>;
        readonly year: number;
        readonly category: string;
        readonly breakdown: string;
      }
      const cells = new Map<string, Cell>();
      for (const f of figures) {
        if (!chain.includes(f.measure) || !f.period || f.value === undefined) continue;
        const key = [f.period.year, f.category, f.breakdown].join('\u001f');
        const cell = cells.get(key) ?? { sums: new Map(), year: f.period.year, category: f.category, breakdown: f.breakdown };
        const entry = cell.sums.get(f.measure) ?? { sum: 0, complete: true, first: f };
        if (f.value === 'not-available') entry.complete = false;
        else entry.sum += f.value;
        cell.sums.set(f.measure, entry);
        cells.set(key, cell);
      }
      for (const cell of cells.values()) {
        const stages = chain.flatMap((m) => {
          const entry = cell.sums.get(m);
          return entry?.complete ? [{ measure: m, ...entry }] : [];
        });
        for (let k = 1; k < stages.length; k++) {
          const [earlier, later] = [stages[k - 1], stages[k]];
          if (!earlier || !later || later.sum <= earlier.sum) continue;
          yield at('justice-chain', later.first, F.value, String(later.sum), {
            period: String(cell.year),
            category: words.category(cell.category),
            breakdown: words.breakdown(cell.breakdown),
            later: lowerFirst(words.measure(later.measure)),
            laterValue: later.sum,
            earlier: lowerFirst(words.measure(earlier.measure)),
            earlierValue: earlier.sum,
          });
        }
      }
    },
  };
}

/**
 * A measure that counts part of another's things (contacts about OCSEA among all contacts)
 * is no larger than it, for the same source, period, category and breakdown: an error,
 * since both come from one source's own counts.
 */
export function subsetsWithinWhole(declaration: StatisticsDeclaration): DatasetRule | undefined {
  const subsets = declaration.subsets ?? [];
  if (subsets.length === 0) return undefined;
  const words = new Words(declaration);
  return {
    id: 'subsets-within-whole',
    description: `A part is no larger than its whole: ${subsets.map((s) => `${lowerFirst(words.measure(s.measure))} ≤ ${lowerFirst(words.measure(s.of))}`).join('; ')}.`,
    needs: needs(declaration, SERIES_FIELDS),
    *check(tables) {
      const { at, figures } = context(declaration, tables);
      const cell = (f: Figure, measure: string) => [f.organisation, f.periodText, measure, f.category, f.breakdown].join('\u001f');
      const byCell = new Map<string, Figure>();
      for (const f of figures) if (typeof f.value === 'number') byCell.set(cell(f, f.measure), f);
      for (const f of figures) {
        if (typeof f.value !== 'number') continue;
        for (const subset of subsets.filter((s) => s.measure === f.measure)) {
          const whole = byCell.get(cell(f, subset.of));
          if (!whole || typeof whole.value !== 'number' || f.value <= whole.value) continue;
          yield at('subset-exceeds-whole', f, F.value, String(f.value), {
            period: f.periodText,
            source: f.organisation,
            category: words.category(f.category),
            breakdown: words.breakdown(f.breakdown),
            part: lowerFirst(words.measure(f.measure)),
            partValue: f.value,
            whole: lowerFirst(words.measure(subset.of)),
            wholeValue: whole.value,
          });
        }
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
          yield at('period-outside-reference-years', f, F.period, f.periodText, { from: years.from, to: years.to, setting });
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
