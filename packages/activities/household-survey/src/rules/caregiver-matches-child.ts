import { tableColumn, type DatasetRule, type IssueInput } from '@dh/core';
import { cellText, groupRows, numbered, tableOf, textOf } from './tables.js';

/** A caregiver belongs to the household of the child it is linked to (docs/methodology.md § household-survey). */
export const caregiverMatchesChild: DatasetRule = {
  id: 'caregiver-matches-child',
  description: 'Each caregiver interview carries the household code of the child interview it is linked to by child_id.',
  needs: { caregiver: ['child_id', 'household_id'], child: ['child_id', 'household_id'] },
  *check(tables): Iterable<IssueInput> {
    const caregivers = tableOf(tables, 'caregiver');
    const children = tableOf(tables, 'child');
    const childIds = groupRows(children, ['child_id']);
    const childOf = tableColumn(caregivers, 'child_id');
    const householdOf = tableColumn(caregivers, 'household_id');
    const childHouseholds = tableColumn(children, 'household_id');
    for (let i = 0; i < caregivers.rowNumbers.length; i++) {
      const child = childIds.onlyRow(cellText(childOf[i]));
      if (child === undefined) continue; // an unknown child is a broken link, reported by the link check
      const own = cellText(householdOf[i]);
      const childs = cellText(childHouseholds[child]);
      if (own === childs) continue;
      const caregiver = numbered(caregivers, i);
      yield {
        code: 'rule-failed',
        file: caregivers.file,
        record: 'caregiver',
        row: caregiver.row,
        field: 'household_id',
        value: own,
        params: {
          detail: `Caregiver of child ${textOf(caregiver, 'child_id')} has household ${own}, but the child's interview has household ${childs}; correct the household code or the child code.`,
        },
      };
    }
  },
};
