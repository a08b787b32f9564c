// A status table publishes free text beside each item (a citation, a note): text that may
// identify a person is masked, even where the data were analysed despite validation errors.
import type { BuiltActivity, StatusTableContract } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../disclosure/disclosure-control.js';
import type { Cell } from '../load/read-record-table.js';
import { statusTable } from './status-table.js';
import type { TableContext } from './table-context.js';

const contract: StatusTableContract = {
  outputKind: 'status-table',
  id: 'capacity',
  title: 'Capacity scorecard',
  definition: 'D',
  activity: 'interviews',
  version: '1.0.0',
  acceptsVersions: '^1.0.0',
  recordType: 'capacity_check',
  itemField: 'element',
  items: [
    { code: 'unit', label: 'Dedicated unit' },
    { code: 'training', label: 'Trained staff' },
  ],
  statusField: 'status',
  statuses: [
    { code: 'yes', label: 'Yes' },
    { code: 'no', label: 'No' },
  ],
  detailFields: [{ field: 'note', title: 'Note' }],
};

function context(notes: readonly string[], titles: readonly string[] = []): TableContext {
  const columns = new Map<string, Cell[]>([
    ['element', ['unit', 'training']],
    ['status', ['yes', 'no']],
    ['note', [...notes]],
  ]);
  return {
    built: { recordTypes: [], links: [] } as unknown as BuiltActivity,
    tables: new Map([
      [
        'capacity_check',
        { recordType: 'capacity_check', file: 'c.csv', size: 2, columns, rowNumbers: [2, 3], absentColumns: [], nonNumeric: new Map() },
      ],
    ]),
    unavailable: new Map(),
    config: { personalData: { idPatterns: [], titles } } as unknown as TableContext['config'],
    thresholds: DEFAULT_THRESHOLDS,
    disclosure: { case: 'document', description: 'Institutions.' },
  };
}

const note = (table: ReturnType<typeof statusTable>, row: string) => table.cells.find((c) => c.row === row && c.column === 'note');

describe('a status table', () => {
  it('masks a name and a phone number in a note, and says it did', () => {
    const table = statusTable(contract, context(['Ask Mr Kamau on +254 712 345 678 for the budget.', 'Two officers trained in 2020.']));
    expect(note(table, 'unit')?.text).toBe('Ask Mr [name] on [phone number] for the budget.');
    expect(note(table, 'unit')?.notes).toEqual(['Masked: the text held what may be a name.']);
    expect(JSON.stringify(table)).not.toMatch(/Kamau|712/);
    expect(note(table, 'training')).toMatchObject({ text: 'Two officers trained in 2020.', notes: [] });
  });

  it('masks a name after a title the country declared (assessment.json personalData.titles)', () => {
    expect(note(statusTable(contract, context(['Ndugu Otieno runs it.', ''])), 'unit')?.text).toBe('Ndugu Otieno runs it.');
    expect(note(statusTable(contract, context(['Ndugu Otieno runs it.', ''], ['Ndugu'])), 'unit')?.text).toBe('Ndugu [name] runs it.');
  });
});
