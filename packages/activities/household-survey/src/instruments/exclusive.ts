import { all, not, self, type Expr } from '@dh/core';

/** A select_multiple constraint: each of these codes ("no one", "none", "refused") stands alone. */
export function exclusiveCodes(...codes: readonly string[]): Expr {
  return all(...codes.map((code) => not(all(self().selected(code), self().countSelected().gt(1)))));
}

export function exclusiveMessage(...labels: readonly string[]): string {
  return `${labels.map((l) => `"${l}"`).join(' and ')} cannot be chosen together with other answers.`;
}
