import { tableColumn, type DatasetRule, type IssueInput, type RecordTable } from '@dh/core';
import { cellText, groupRows, numbered, numberedAt, tableOf, textOf, type NumberedRow, type RowGroups } from './tables.js';

const issue = (table: RecordTable, record: string, row: NumberedRow, field: string, detail: string): IssueInput => ({
  code: 'rule-failed',
  file: table.file,
  record,
  row: row.row,
  field,
  value: textOf(row, field),
  params: { detail },
});

const isYes = (value: unknown): boolean => cellText(value) === 'yes';

/** Exactly one eligible roster child is selected wherever the roster has eligible children (Kish-type selection). */
function* rosterSelections(roster: RecordTable, households: RowGroups): Iterable<IssueInput> {
  const internetUse = tableColumn(roster, 'roster_internet_use');
  const selection = tableColumn(roster, 'roster_selected');
  for (const [id, indices] of groupRows(roster, ['roster_household_id']).groups()) {
    if (households.onlyRow(id) === undefined) continue;
    const selected = indices.filter((i) => isYes(selection[i]));
    for (const extra of selected.slice(1)) {
      yield issue(
        roster,
        'roster',
        numbered(roster, extra),
        'roster_selected',
        `Household ${id} has ${selected.length} children selected for interview (rows ${selected.map((i) => numbered(roster, i).row).join(', ')}); exactly one is selected per household. Keep the tablet's selection and set roster_selected to "no" for the others.`,
      );
    }
    if (selected.length > 0) continue;
    const eligible = indices.filter((i) => isYes(internetUse[i]));
    const first = eligible[0];
    if (first !== undefined) {
      yield issue(
        roster,
        'roster',
        numbered(roster, first),
        'roster_selected',
        `Household ${id} has ${eligible.length} eligible children but none selected for interview; record which child the tablet selected.`,
      );
    }
  }
}

/** At most one child interview per household, of the child the roster selected. */
function* childInterviews(child: RecordTable, roster: RecordTable, households: RowGroups): Iterable<IssueInput> {
  const rosterRows = groupRows(roster, ['roster_household_id']);
  const selection = tableColumn(roster, 'roster_selected');
  const rosterLines = tableColumn(roster, 'roster_line');
  const lineNumbers = tableColumn(child, 'line_number');
  for (const [id, indices] of groupRows(child, ['household_id']).groups()) {
    if (households.onlyRow(id) === undefined) continue;
    if (indices.length > 1) {
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
    }
    const first = indices[0];
    if (first === undefined) continue;
    let selected = 0;
    let chosen = -1;
    for (const i of rosterRows.rowsOf(id)) {
      if (!isYes(selection[i])) continue;
      selected++;
      chosen = i;
    }
    const line = cellText(lineNumbers[first]);
    if (selected === 0) {
      yield issue(
        child,
        'child',
        numbered(child, first),
        'line_number',
        `Household ${id} has a child interview but no child selected in the roster; record the selection in the roster (roster_selected) or check the household code.`,
      );
    } else if (selected === 1 && line !== '' && line !== cellText(rosterLines[chosen])) {
      yield issue(
        child,
        'child',
        numbered(child, first),
        'line_number',
        `The child interviewed in household ${id} is on roster line ${line}, but the roster selected line ${cellText(rosterLines[chosen])}; interview the selected child or correct line_number.`,
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
