import type { DatasetRule } from '../../activity/contracts.js';
import type { StatisticsDeclaration } from './declaration.js';
import { context, lowerFirst, needs, SERIES_FIELDS, Words, type Figure } from './figure-reading.js';
import { FIGURE_FIELDS as F } from './reported-figure.js';

// The rules that compare one measure with another: the justice chain, and subsets within their whole.

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
