import { readFileSync, writeFileSync } from 'node:fs';

/** A select-one country question on a local app, asked at the end of the child interview's "What you do online". */
export function localAppQuestion(country: string, app: string): Record<string, unknown> {
  return {
    name: `${country.toLowerCase()}_local_app`,
    at: 'child_online_activities',
    type: 'select_one',
    label: `Do you use ${app}?`,
    choices: [
      { code: 'yes', label: 'Yes' },
      { code: 'no', label: 'No' },
    ],
  };
}

/** Adds country questions to an activity of an assessment.json, as a research lead writes them. */
export function addCountryQuestions(configFile: string, activity: string, questions: readonly Record<string, unknown>[]): void {
  const json = JSON.parse(readFileSync(configFile, 'utf8')) as { activities: Record<string, Record<string, unknown>> };
  const entry = json.activities[activity];
  if (!entry) throw new Error(`${configFile} does not run ${activity}`);
  entry['countryQuestions'] = questions;
  writeFileSync(configFile, `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * Gives wrong answers in the first row of a synthetic CSV (no quoted commas) where `answered` holds
 * yes or no; returns that row's number as reports give it (the header is row 1).
 */
export function answerWrongly(csvFile: string, answered: string, changes: Readonly<Record<string, string>>): number {
  const [header = '', ...rows] = readFileSync(csvFile, 'utf8').split('\n');
  const columns = header.split(',');
  const at = columns.indexOf(answered);
  if (at === -1) throw new Error(`${csvFile} has no column ${answered}`);
  const row = rows.findIndex((line) => ['yes', 'no'].includes(line.split(',')[at] ?? ''));
  const cells = (rows[row] ?? '').split(',');
  for (const [column, value] of Object.entries(changes)) cells[columns.indexOf(column)] = value;
  rows[row] = cells.join(',');
  writeFileSync(csvFile, [header, ...rows].join('\n'));
  return row + 2;
}
