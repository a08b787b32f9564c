import type { DatasetRule, IssueInput, RecordTable } from '@dh/core';
import { groupRows, numberedAt, tableOf, textOf, type NumberedRow, type RowGroups } from './tables.js';

const issue = (table: RecordTable, record: string, row: NumberedRow, field: string, detail: string): IssueInput => ({
  code: 'rule-failed',
  file: table.file,
  record,
  row: row.row,
  field,
  value: textOf(row, field),
  params: { detail },
});

/** Exactly one eligible roster child is selected wherever the roster has eligible children (Kish-type selection). */
function* rosterSelections(roster: RecordTable, households: RowGroups): Iterable<IssueInput> {
  for (const [id, indices] of groupRows(roster, ['roster_household_id']).groups()) {
    if (households.onlyRow(id) === undefined) continue;
    const rows = numberedAt(roster, indices);
    const eligible = rows.filter((r) => textOf(r, 'roster_internet_use') === 'yes');
    const selected = rows.filter((r) => textOf(r, 'roster_selected') === 'yes');
    for (const extra of selected.slice(1)) {
      yield issue(
        roster,
        'roster',
        extra,
        'roster_selected',
        `Household ${id} has ${selected.length} children selected for interview (rows ${selected.map((r) => r.row).join(', ')}); exactly one is selected per household. Keep the tablet's selection and set roster_selected to "no" for the others.`,
      );
    }
    const first = eligible[0];
    if (first && selected.length === 0) {
      yield issue(
        roster,
        'roster',
        first,
        'roster_selected',
        `Household ${id} has ${eligible.length} eligible children but none selected for interview; record which child the tablet selected.`,
      );
    }
  }
}

/** At most one child interview per household, of the child the roster selected. */
function* childInterviews(child: RecordTable, roster: RecordTable, households: RowGroups): Iterable<IssueInput> {
  const rosterRows = groupRows(roster, ['roster_household_id']);
  for (const [id, indices] of groupRows(child, ['household_id']).groups()) {
    if (households.onlyRow(id) === undefined) continue;
    const interviews = numberedAt(child, indices);
    for (const extra of interviews.slice(1)) {
      yield issue(
        child,
        'child',
        extra,
        'household_id',
        `Household ${id} has ${interviews.length} child interviews (rows ${interviews.map((r) => r.row).join(', ')}); only the one selected child is interviewed per household. Remove the extra interview or correct its household code.`,
      );
    }
    const first = interviews[0];
    if (!first) continue;
    const selected = numberedAt(roster, rosterRows.rowsOf(id)).filter((r) => textOf(r, 'roster_selected') === 'yes');
    const chosen = selected.length === 1 ? selected[0] : undefined;
    const line = textOf(first, 'line_number');
    if (selected.length === 0) {
      yield issue(
        child,
        'child',
        first,
        'line_number',
        `Household ${id} has a child interview but no child selected in the roster; record the selection in the roster (roster_selected) or check the household code.`,
      );
    } else if (chosen && line !== '' && line !== textOf(chosen, 'roster_line')) {
      yield issue(
        child,
        'child',
        first,
        'line_number',
        `The child interviewed in household ${id} is on roster line ${line}, but the roster selected line ${textOf(chosen, 'roster_line')}; interview the selected child or correct line_number.`,
      );
    }
  }
}

export const oneSelectedChildPerHousehold: DatasetRule = {
  id: 'one-selected-child-per-household',
  description:
    'Each household with eligible children has exactly one selected in its roster, and at most one child interview, of that child.',
  needs: {
    household: ['household_id'],
    roster: ['roster_household_id', 'roster_line', 'roster_internet_use', 'roster_selected'],
    child: ['household_id', 'line_number'],
  },
  *check(tables): Iterable<IssueInput> {
    const households = groupRows(tableOf(tables, 'household'), ['household_id']);
    const roster = tableOf(tables, 'roster');
    yield* rosterSelections(roster, households);
    yield* childInterviews(tableOf(tables, 'child'), roster, households);
  },
};
