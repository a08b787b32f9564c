import type { Instrument, InstrumentNode } from './types.js';

/** A place in a questionnaire where a country may add its own questions (at the end of a group). */
export interface ExtensionPoint {
  readonly id: string;
  readonly instrument: string;
  /** The group whose end it is. */
  readonly group: string;
  /** The record type (file) the country's answers land in. */
  readonly recordType: string;
}

/** The extension points a questionnaire declares, in document order. */
export function extensionPointsOf(instrument: Instrument): ExtensionPoint[] {
  const out: ExtensionPoint[] = [];
  const visit = (nodes: readonly InstrumentNode[], recordType: string): void => {
    for (const node of nodes) {
      if (node.kind === 'question') continue;
      if (node.kind === 'group' && node.extensionPoint !== undefined)
        out.push({ id: node.extensionPoint, instrument: instrument.id, group: node.name, recordType });
      visit(node.children, node.kind === 'repeat' ? node.recordType : recordType);
    }
  };
  visit(instrument.children, instrument.recordType);
  return out;
}
