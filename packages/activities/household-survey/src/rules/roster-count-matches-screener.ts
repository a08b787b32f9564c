import { tableColumn, type DatasetRule, type IssueInput } from '@dh/core';
import { cellNumber, groupRows, numbered, tableOf } from './tables.js';

/**
 * The roster holds one row per child of the age range the screener counted
 * (docs/methodology.md § household-survey). Roster rows of households missing from the
 * screener are left to the broken-link check.
 */
export function rosterCountMatchesScreener(ageRange: string): DatasetRule {
  return {
    id: 'roster-count-matches-screener',
    description: `Each household's roster has as many rows as the screener's count of children aged ${ageRange} (children_in_range).`,
    needs: { household: ['household_id', 'children_in_range'], roster: ['roster_household_id'] },
    *check(tables): Iterable<IssueInput> {
      const households = tableOf(tables, 'household');
      const roster = tableOf(tables, 'roster');
      const rosterRows = groupRows(roster, ['roster_household_id']);
      const counts = tableColumn(households, 'children_in_range');
      for (const [id, index] of groupRows(households, ['household_id']).onlyRows()) {
        const counted = cellNumber(counts[index]) ?? 0;
        const listed = rosterRows.count(id);
        if (counted === listed) continue;
        const household = numbered(households, index);
        yield {
          code: 'count-mismatch',
          file: households.file,
          record: 'household',
          row: household.row,
          field: 'children_in_range',
          value: String(counted),
          params: {
            detail: `Household ${id} counts ${counted} children aged ${ageRange} but ${roster.file || 'the roster'} lists ${listed}; add the missing roster rows, remove extra ones, or correct children_in_range.`,
          },
        };
      }
    },
  };
}
