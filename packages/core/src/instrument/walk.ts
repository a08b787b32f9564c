import { all } from '../expression/builders.js';
import type { Expr } from '../expression/ast.js';
import type { Instrument, InstrumentNode, Question, Repeat } from './types.js';

/** A question as it sits in its instrument: the record type it lands in and the relevance of its ancestors. */
export interface PlacedQuestion {
  readonly question: Question;
  readonly recordType: string;
  /** Group and repeat names from the top, for ODK export column prefixes (`grp/q`). */
  readonly path: readonly string[];
  /** Its own relevance and every enclosing group's, combined: when it is asked at all. */
  readonly relevant?: Expr;
  /** Self-completed itself or inside a self-completed group. */
  readonly selfCompleted: boolean;
}

/** Every question in document order, with where it lands. */
export function placedQuestions(instrument: Instrument): PlacedQuestion[] {
  const out: PlacedQuestion[] = [];
  const visit = (
    nodes: readonly InstrumentNode[],
    recordType: string,
    path: readonly string[],
    inherited: readonly Expr[],
    selfCompleted: boolean,
  ): void => {
    for (const node of nodes) {
      const conditions = node.relevant ? [...inherited, node.relevant] : inherited;
      if (node.kind === 'question') {
        const relevant = conditions.length > 0 ? all(...conditions) : undefined;
        out.push({
          question: node,
          recordType,
          path,
          selfCompleted: selfCompleted || node.selfCompleted,
          ...(relevant !== undefined && { relevant }),
        });
      } else if (node.kind === 'group') {
        visit(node.children, recordType, [...path, node.name], conditions, selfCompleted || node.selfCompleted);
      } else {
        // A repeat starts a new record type; its rows exist only where the repeat was relevant.
        visit(node.children, node.recordType, [...path, node.name], [], selfCompleted);
      }
    }
  };
  visit(instrument.children, instrument.recordType, [], [], false);
  return out;
}

/** Every repeat (roster) in the instrument. */
export function repeatsOf(instrument: Instrument): Repeat[] {
  const out: Repeat[] = [];
  const visit = (nodes: readonly InstrumentNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'question') continue;
      if (node.kind === 'repeat') out.push(node);
      visit(node.children);
    }
  };
  visit(instrument.children);
  return out;
}
