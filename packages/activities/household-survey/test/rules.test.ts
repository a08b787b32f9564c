import { describe, expect, it } from 'vitest';
import { evaluate, type IssueInput, type RecordTable, type RecordValues } from '@dh/core';
import { activity } from '../src/index.js';

const built = activity.build();

const table = (file: string, rows: RecordValues[]): RecordTable => ({ file, rows, rowNumbers: rows.map((_, i) => i + 2) });

/** Two households: one with two children (the first selected and interviewed), one with none. */
function survey(
  change: { household?: RecordValues[]; roster?: RecordValues[]; child?: RecordValues[]; caregiver?: RecordValues[] } = {},
): Map<string, RecordTable> {
  return new Map([
    [
      'household',
      table(
        'household.csv',
        change.household ?? [
          { household_id: 'H1', children_in_range: 2 },
          { household_id: 'H2', children_in_range: 0 },
        ],
      ),
    ],
    [
      'roster',
      table(
        'roster.csv',
        change.roster ?? [
          { roster_household_id: 'H1', roster_line: 1, roster_age: 13, roster_internet_use: 'yes', roster_selected: 'yes' },
          { roster_household_id: 'H1', roster_line: 2, roster_age: 16, roster_internet_use: 'yes', roster_selected: 'no' },
        ],
      ),
    ],
    ['child', table('child.csv', change.child ?? [{ child_id: 'H1-C1', household_id: 'H1', line_number: 1, age: 13 }])],
    ['caregiver', table('caregiver.csv', change.caregiver ?? [{ child_id: 'H1-C1', household_id: 'H1' }])],
  ]);
}

function issues(tables: Map<string, RecordTable>): IssueInput[] {
  return built.datasetRules.flatMap((rule) => [...rule.check(tables)]);
}

const summary = (found: IssueInput[]) => found.map((i) => `${i.code} ${i.file}:${i.row} ${i.field}`);

describe('the survey dataset rules', () => {
  it('find nothing wrong in a consistent survey', () => {
    expect(issues(survey())).toEqual([]);
  });

  it('catch a roster shorter than the screener count', () => {
    const found = issues(
      survey({
        household: [
          { household_id: 'H1', children_in_range: 3 },
          { household_id: 'H2', children_in_range: 0 },
        ],
      }),
    );
    expect(summary(found)).toEqual(['count-mismatch household.csv:2 children_in_range']);
    expect(found[0]?.params?.['detail']).toMatch(/counts 3 children aged 12–17 but roster.csv lists 2/);
  });

  it('catch two selected children, and none selected where some are eligible', () => {
    const two = survey({
      roster: [
        { roster_household_id: 'H1', roster_line: 1, roster_age: 13, roster_internet_use: 'yes', roster_selected: 'yes' },
        { roster_household_id: 'H1', roster_line: 2, roster_age: 16, roster_internet_use: 'yes', roster_selected: 'yes' },
      ],
    });
    expect(summary(issues(two))).toEqual(['rule-failed roster.csv:3 roster_selected']);
    const none = survey({
      roster: [
        { roster_household_id: 'H1', roster_line: 1, roster_age: 13, roster_internet_use: 'yes', roster_selected: 'no' },
        { roster_household_id: 'H1', roster_line: 2, roster_age: 16, roster_internet_use: 'no', roster_selected: '' },
      ],
    });
    expect(summary(issues(none))).toContain('rule-failed roster.csv:2 roster_selected');
  });

  it('catch an interview of a child the roster did not select, and a second interview in one household', () => {
    expect(
      summary(
        issues(
          survey({
            child: [{ child_id: 'H1-C2', household_id: 'H1', line_number: 2, age: 16 }],
            caregiver: [{ child_id: 'H1-C2', household_id: 'H1' }],
          }),
        ),
      ),
    ).toEqual(['rule-failed child.csv:2 line_number']);
    const twice = survey({
      child: [
        { child_id: 'H1-C1', household_id: 'H1', line_number: 1, age: 13 },
        { child_id: 'H1-C2', household_id: 'H1', line_number: 2, age: 16 },
      ],
    });
    expect(summary(issues(twice))).toContain('rule-failed child.csv:3 household_id');
  });

  it('catch a caregiver from another household than its child', () => {
    expect(summary(issues(survey({ caregiver: [{ child_id: 'H1-C1', household_id: 'H2' }] })))).toEqual([
      'rule-failed caregiver.csv:2 household_id',
    ]);
  });

  it('warn on a one-year age difference from the roster and fail on more', () => {
    const oneYear = issues(survey({ child: [{ child_id: 'H1-C1', household_id: 'H1', line_number: 1, age: 14 }] }));
    expect(oneYear.map((i) => i.code)).toEqual(['rule-warning']);
    const threeYears = issues(survey({ child: [{ child_id: 'H1-C1', household_id: 'H1', line_number: 1, age: 16 }] }));
    expect(summary(threeYears)).toEqual(['rule-failed child.csv:2 age']);
    expect(threeYears[0]?.params?.['detail']).toMatch(/says they are 16, but the roster lists them as 13/);
  });

  it('compare the age with the roster row of the child’s household and line, and not when that line is written twice', () => {
    const child = [{ child_id: 'H1-C2', household_id: 'H1', line_number: 2, age: 13 }];
    const roster = (rows: { line: number; age: number; household?: string }[]) =>
      rows.map(({ line, age, household }) => ({
        roster_household_id: household ?? 'H1',
        roster_line: line,
        roster_age: age,
        roster_internet_use: 'yes',
        roster_selected: line === 2 ? 'yes' : 'no',
      }));
    const ageIssues = (rows: { line: number; age: number; household?: string }[]) =>
      summary(issues(survey({ roster: roster(rows), child })).filter((i) => i.field === 'age'));
    // Line 2 of household H1, not line 2 of H2 nor line 1 of H1.
    expect(
      ageIssues([
        { line: 1, age: 13 },
        { line: 2, age: 17 },
        { line: 2, age: 13, household: 'H2' },
      ]),
    ).toEqual(['rule-failed child.csv:2 age']);
    expect(
      ageIssues([
        { line: 1, age: 17 },
        { line: 2, age: 13 },
      ]),
    ).toEqual([]);
    expect(
      ageIssues([
        { line: 1, age: 13 },
        { line: 2, age: 17 },
        { line: 2, age: 17 },
      ]),
    ).toEqual([]);
  });

  it('leave rows that point at unknown records to the link check', () => {
    const orphan = survey({
      roster: [
        { roster_household_id: 'H1', roster_line: 1, roster_age: 13, roster_internet_use: 'yes', roster_selected: 'yes' },
        { roster_household_id: 'H1', roster_line: 2, roster_age: 16, roster_internet_use: 'yes', roster_selected: 'no' },
        { roster_household_id: 'H9', roster_line: 1, roster_age: 15, roster_internet_use: 'yes', roster_selected: 'no' },
      ],
      caregiver: [
        { child_id: 'H1-C1', household_id: 'H1' },
        { child_id: 'H7-C1', household_id: 'H7' },
      ],
    });
    expect(issues(orphan)).toEqual([]);
  });

  it('leave duplicated ids to the duplicate-id check', () => {
    const duplicated = survey({
      household: [
        { household_id: 'H1', children_in_range: 5 },
        { household_id: 'H1', children_in_range: 5 },
        { household_id: 'H2', children_in_range: 0 },
      ],
      child: [
        { child_id: 'H1-C1', household_id: 'H1', line_number: 1, age: 13 },
        { child_id: 'H1-C1', household_id: 'H1', line_number: 2, age: 16 },
      ],
      caregiver: [{ child_id: 'H1-C1', household_id: 'H2' }],
    });
    expect(issues(duplicated)).toEqual([]);
  });

  it('report households in the order they first appear, whatever order their rows come in', () => {
    const interleaved = survey({
      household: [
        { household_id: 'H1', children_in_range: 2 },
        { household_id: 'H2', children_in_range: 2 },
      ],
      roster: [
        { roster_household_id: 'H2', roster_line: 1, roster_age: 12, roster_internet_use: 'yes', roster_selected: 'yes' },
        { roster_household_id: 'H1', roster_line: 1, roster_age: 13, roster_internet_use: 'yes', roster_selected: 'yes' },
        { roster_household_id: 'H2', roster_line: 2, roster_age: 14, roster_internet_use: 'yes', roster_selected: 'yes' },
        { roster_household_id: 'H1', roster_line: 2, roster_age: 16, roster_internet_use: 'yes', roster_selected: 'yes' },
      ],
    });
    const found = issues(interleaved);
    expect(summary(found)).toEqual(['rule-failed roster.csv:4 roster_selected', 'rule-failed roster.csv:5 roster_selected']);
    expect(found[0]?.params?.['detail']).toMatch(/Household H2 has 2 children selected for interview \(rows 2, 4\)/);
    expect(found[1]?.params?.['detail']).toMatch(/Household H1 has 2 children selected for interview \(rows 3, 5\)/);
  });

  it('read the tables validation gives them column by column, making no object per row', () => {
    const messy = survey({
      household: [
        { household_id: 'H1', children_in_range: 3 },
        { household_id: 'H2', children_in_range: 0 },
      ],
      child: [
        { child_id: 'H1-C1', household_id: 'H1', line_number: 1, age: 15 },
        { child_id: 'H1-C2', household_id: 'H1', line_number: 2, age: 16 },
      ],
      caregiver: [{ child_id: 'H1-C2', household_id: 'H2' }],
    });
    // As validation keeps them: columns, with rows made only if a rule reads them (here, never).
    const columnar = new Map(
      [...messy].map(([name, given]): [string, RecordTable] => [
        name,
        {
          file: given.file,
          rowNumbers: given.rowNumbers,
          column: (field) => given.rows.map((row) => row[field]),
          get rows(): RecordValues[] {
            throw new Error(`a rule read the rows of ${name}`);
          },
        },
      ]),
    );
    const expected = issues(messy);
    expect(expected.length).toBeGreaterThan(3);
    expect(issues(columnar)).toEqual(expected);
  });

  it('declare only the columns they read', () => {
    for (const rule of built.datasetRules) expect(Object.keys(rule.needs).length).toBeGreaterThan(0);
    const needed = new Set(Object.values(oneRule('child-age-matches-roster').needs).flat());
    expect(needed).toEqual(new Set(['child_id', 'household_id', 'line_number', 'age', 'roster_household_id', 'roster_line', 'roster_age']));
  });
});

function oneRule(id: string) {
  const rule = built.datasetRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

describe('the survey record rules', () => {
  const rule = (id: string) => {
    const found = built.recordRules.find((r) => r.id === id);
    if (!found) throw new Error(`no record rule ${id}`);
    return found;
  };
  const holds = (id: string, record: RecordValues) => {
    const r = rule(id);
    return r.when !== undefined && !evaluate(r.when, record) ? true : evaluate(r.assert, record);
  };

  it('hold the child to the survey age range', () => {
    expect([11, 12, 17, 18].map((age) => holds('child-age-in-survey-range', { age }))).toEqual([false, true, true, false]);
    expect(holds('child-age-in-survey-range', { age: '' })).toBe(true);
  });

  it('warn when an interviewed child says they do not use the internet', () => {
    expect(rule('child-is-internet-user').severity).toBe('warning');
    expect(holds('child-is-internet-user', { internet_use_recall: 'no' })).toBe(false);
    expect(holds('child-is-internet-user', { internet_use_recall: 'yes' })).toBe(true);
  });
});
