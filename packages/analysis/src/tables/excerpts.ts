import { answerText, frameCodes, type BuiltActivity, type CodingFrame } from '@dh/core';
import { identifierInText, identifierScanOptions } from '@dh/validate';
import { columnOf, type RecordTable } from '../load/read-record-table.js';
import type { ExcerptResult, TableResult } from '../results/results-schema.js';
import type { TableContext } from './table-context.js';

/** Excerpts published per theme, at most: enough to illustrate a theme, never a transcript. */
export const EXCERPTS_PER_THEME = 3;

/** Where an activity keeps coded text: a coding frame that declares its segments' excerpt field. */
interface ExcerptSource {
  readonly frame: CodingFrame;
  readonly recordType: string;
  readonly theme: string;
  readonly excerpt: string;
  /** The longest excerpt the activity keeps: a longer text is not an excerpt, and is never published. */
  readonly limit: number | undefined;
}

/** The coded-segment record types whose excerpts could be published, as the activity's coding frames declare them. */
export function excerptSources(built: BuiltActivity): ExcerptSource[] {
  return built.instruments.flatMap((instrument) => {
    if (instrument.kind !== 'coding-frame' || !instrument.segments?.fields.excerpt) return [];
    const { recordType, fields } = instrument.segments;
    return [{ frame: instrument, recordType, theme: fields.theme, excerpt: fields.excerpt ?? '', limit: instrument.segments.excerptLimit }];
  });
}

/** The columns excerpts read, per record type (added to what the tables read only when excerpts are asked for). */
export function excerptColumns(built: BuiltActivity): Map<string, string[]> {
  return new Map(excerptSources(built).map((s) => [s.recordType, [s.theme, s.excerpt]]));
}

/**
 * The excerpts a research lead asked to publish (`dh analyze --excerpts`): per theme of the
 * frame, the first few in file order that the identifier scan finds nothing in, and only for a
 * theme whose count of interviews is shown in a table of those segments: an excerpt beside a
 * withheld count would say that a theme was raised by fewer than the threshold. No interview
 * code, respondent type or other attribution travels with an excerpt.
 */
export function publishableExcerpts(
  activity: string,
  built: BuiltActivity,
  ctx: TableContext,
  tables: readonly TableResult[],
): ExcerptResult[] {
  const scan = identifierScanOptions(ctx.config.personalData);
  return excerptSources(built).flatMap((source) => {
    const table = ctx.tables.get(source.recordType);
    if (!table) return [];
    const shown = shownThemes(tables, source.recordType);
    return frameCodes(source.frame).flatMap((code) => {
      if (!shown.has(code.id)) return [];
      const texts = excerptsOf(table, source, code.id, (text) => identifierInText(text, scan) === undefined);
      return texts.slice(0, EXCERPTS_PER_THEME).map((text) => ({ activity, theme: code.id, themeLabel: code.label.en, text }));
    });
  });
}

function excerptsOf(table: RecordTable, source: ExcerptSource, theme: string, safe: (text: string) => boolean): string[] {
  const themes = columnOf(table, source.theme);
  const excerpts = columnOf(table, source.excerpt);
  const found: string[] = [];
  for (let i = 0; i < table.size && found.length < EXCERPTS_PER_THEME; i++) {
    if (answerText(themes[i]) !== theme) continue;
    const text = answerText(excerpts[i]).trim();
    if (text === '' || (source.limit !== undefined && text.length > source.limit)) continue;
    if (!found.includes(text) && safe(text)) found.push(text);
  }
  return found;
}

/** Themes whose count of interviews a computed table of these segments shows (its row total, not withheld). */
function shownThemes(tables: readonly TableResult[], recordType: string): Set<string> {
  const shown = new Set<string>();
  for (const table of tables) {
    if (table.recordType !== recordType || table.outputKind !== 'count-table' || table.status !== 'computed') continue;
    for (const cell of table.cells)
      if (cell.column === '_total' && cell.row !== '_total' && !cell.flags.includes('suppressed') && (cell.value ?? 0) > 0)
        shown.add(cell.row);
  }
  return shown;
}
