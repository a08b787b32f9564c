import { tableColumn, type DatasetRule, type IssueInput } from '@dh/core';
import { cellNumber, cellText, groupRows, numbered, tableOf, textOf } from './tables.js';

/**
 * The interviewed child's age agrees with the roster. A difference of one year can be a
 * birthday between listing and interview, so it is a warning; more is an error.
 */
export const childAgeMatchesRoster: DatasetRule = {
  id: 'child-age-matches-roster',
  description: "The interviewed child's age equals the age on their roster line (one year apart is a warning, more an error).",
  needs: { child: ['child_id', 'household_id', 'line_number', 'age'], roster: ['roster_household_id', 'roster_line', 'roster_age'] },
  *check(tables): Iterable<IssueInput> {
    const children = tableOf(tables, 'child');
    const roster = tableOf(tables, 'roster');
    const lines = groupRows(roster, ['roster_household_id', 'roster_line']);
    const households = tableColumn(children, 'household_id');
    const lineNumbers = tableColumn(children, 'line_number');
    const ages = tableColumn(children, 'age');
    const rosterAges = tableColumn(roster, 'roster_age');
    for (let i = 0; i < children.rowNumbers.length; i++) {
      const age = cellNumber(ages[i]);
      if (age === undefined) continue;
      const line = lines.onlyRow(`${cellText(households[i])}\u0000${cellText(lineNumbers[i])}`);
      const listed = line === undefined ? undefined : cellNumber(rosterAges[line]);
      if (listed === undefined || age === listed) continue;
      const apart = Math.abs(age - listed);
      const child = numbered(children, i);
      yield {
        code: apart === 1 ? 'rule-warning' : 'rule-failed',
        file: children.file,
        record: 'child',
        row: child.row,
        field: 'age',
        value: String(age),
        params: {
          detail: `Child ${textOf(child, 'child_id') || `on line ${textOf(child, 'line_number')}`} says they are ${age}, but the roster lists them as ${listed}; ${apart === 1 ? 'confirm the age (a birthday may fall between listing and interview)' : 'check that the right child was interviewed and correct the age'}.`,
        },
      };
    }
  },
};
