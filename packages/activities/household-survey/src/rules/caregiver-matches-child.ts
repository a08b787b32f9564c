import type { DatasetRule, IssueInput } from '@dh/core';
import { groupRows, numbered, numberedRows, tableOf, textOf } from './tables.js';

/** A caregiver belongs to the household of the child it is linked to (docs/methodology.md § household-survey). */
export const caregiverMatchesChild: DatasetRule = {
  id: 'caregiver-matches-child',
  description: 'Each caregiver interview carries the household code of the child interview it is linked to by child_id.',
  needs: { caregiver: ['child_id', 'household_id'], child: ['child_id', 'household_id'] },
  *check(tables): Iterable<IssueInput> {
    const caregivers = tableOf(tables, 'caregiver');
    const children = tableOf(tables, 'child');
    const childIds = groupRows(children, ['child_id']);
    for (const caregiver of numberedRows(caregivers)) {
      const child = childIds.onlyRow(textOf(caregiver, 'child_id'));
      if (child === undefined) continue; // an unknown child is a broken link, reported by the link check
      const own = textOf(caregiver, 'household_id');
      const childs = textOf(numbered(children, child), 'household_id');
      if (own === childs) continue;
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
