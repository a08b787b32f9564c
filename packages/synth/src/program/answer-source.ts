import type { GeneratedRecord } from '../generate/generated-record.js';
import type { SeededRandom } from '../random.js';

/** What an answer is drawn with: the record so far, its place among its siblings and in its type. */
export interface DrawContext {
  readonly random: SeededRandom;
  readonly record: GeneratedRecord;
  /** 1-based position among the rows of the same parent (roster line). */
  readonly position: number;
  /** 1-based number of the record in its record type over the whole dataset. */
  readonly seq: number;
}

export interface AnswerSource {
  draw(ctx: DrawContext): string;
  /** Answers to try in turn when drawn ones keep breaking the constraint. */
  candidates(ctx: DrawContext): readonly string[];
  /** Always the same answer for the same record: retrying cannot help. */
  readonly deterministic: boolean;
}

/** A value filled after the record is complete (design weights, selections): '' until then. */
export const PENDING: AnswerSource = { draw: () => '', candidates: () => [], deterministic: true };

/** Numbers as text the way XPath writes them: whole numbers without a decimal point. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

export function roundTo(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}

/** A day in an ISO date window, inclusive. */
export function isoDay(from: string, to: string, u: number): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + Math.floor(u * (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}
