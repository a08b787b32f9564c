import type { RecordTable } from '../../activity/contracts.js';
import type { IssueInput } from '../../issues/issue.js';
import { NOT_AVAILABLE, TOTAL, type StatisticsDeclaration } from './declaration.js';
import { parsePeriod, type Period } from './periods.js';
import { FIGURE_FIELDS as F } from './reported-figure.js';
import { statisticsIssueCode, type StatisticsIssueName } from './statistics-issues.js';

// How the kit's dataset rules read reported figures and word their messages; internal to the kit.

/** A figure as a dataset rule reads it: text trimmed, the value a number, not available, or unreadable (left to the value checks). */
export interface Figure {
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
export const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Names for messages: measures, categories and breakdowns by their English labels. */
export class Words {
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
export function context(declaration: StatisticsDeclaration, tables: ReadonlyMap<string, RecordTable>) {
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

export const needs = (declaration: StatisticsDeclaration, fields: readonly string[]) => ({ [declaration.recordType.name]: fields });

export const SERIES_FIELDS = [F.organisation, F.period, F.measure, F.category, F.breakdown, F.value] as const;
