import { referencedNames } from '../expression/references.js';
import type { Expr } from '../expression/ast.js';
import type { Instrument, InstrumentNode } from './types.js';

/** XML element names, as XLSForm requires of question and group names (docs/formats.md § XLSForm). */
export const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export class InstrumentDefinitionError extends Error {
  override readonly name = 'InstrumentDefinitionError';
}

/**
 * Authoring checks, run when an instrument is defined: unique valid names, every
 * expression reading only questions asked earlier, every select naming a list that exists.
 * These are bugs in the instrument, so they throw.
 */
export function checkInstrument(instrument: Instrument): void {
  const problems: string[] = [];
  const lists = new Map(instrument.choiceLists.map((l) => [l.name, l]));
  for (const list of instrument.choiceLists) {
    const seen = new Set<string>();
    for (const choice of list.choices) {
      if (seen.has(choice.code)) problems.push(`choice list "${list.name}" has code "${choice.code}" twice`);
      seen.add(choice.code);
      if (!XML_NAME.test(choice.code) && !/^-?\d+$/.test(choice.code))
        problems.push(`choice code "${choice.code}" in "${list.name}" is not a valid XLSForm choice name`);
    }
  }
  const defined = new Set<string>();
  const points = new Set<string>();
  const checkExpr = (where: string, expr: Expr | undefined, allowSelf: string | undefined): void => {
    if (!expr) return;
    for (const name of referencedNames(expr)) {
      if (!defined.has(name) && name !== allowSelf) problems.push(`${where} reads "${name}", which is not asked before it`);
    }
  };
  const visit = (nodes: readonly InstrumentNode[]): void => {
    for (const node of nodes) {
      if (!XML_NAME.test(node.name)) problems.push(`"${node.name}" is not a valid XML name`);
      if (defined.has(node.name)) problems.push(`"${node.name}" is defined twice`);
      checkExpr(`relevance of "${node.name}"`, node.relevant, undefined);
      if (node.kind === 'question') {
        checkExpr(`constraint of "${node.name}"`, node.constraint, node.name);
        checkExpr(`calculation of "${node.name}"`, node.calculation, undefined);
        if ((node.type === 'select_one' || node.type === 'select_multiple') && !lists.has(node.listName ?? '')) {
          problems.push(`"${node.name}" selects from list "${node.listName}", which the instrument does not define`);
        }
        if (node.type === 'calculate' && !node.calculation) problems.push(`calculate "${node.name}" has no calculation`);
        if (node.type !== 'note' && node.type !== 'calculate' && !node.label) problems.push(`"${node.name}" has no label`);
        defined.add(node.name);
      } else {
        defined.add(node.name);
        if (node.kind === 'group' && node.extensionPoint !== undefined) {
          if (!XML_NAME.test(node.extensionPoint)) problems.push(`extension point "${node.extensionPoint}" is not a valid name`);
          if (points.has(node.extensionPoint)) problems.push(`extension point "${node.extensionPoint}" is declared twice`);
          points.add(node.extensionPoint);
        }
        if (node.kind === 'repeat') checkExpr(`repeat count of "${node.name}"`, node.repeatCount, undefined);
        visit(node.children);
      }
    }
  };
  visit(instrument.children);
  for (const key of instrument.key) if (!defined.has(key)) problems.push(`key variable "${key}" is not a question`);
  if (problems.length > 0) {
    throw new InstrumentDefinitionError(`Instrument "${instrument.id}" is not well defined:\n- ${problems.join('\n- ')}`);
  }
}
