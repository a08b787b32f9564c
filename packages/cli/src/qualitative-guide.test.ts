// docs/qualitative-teams.md tells a team which columns to give a table of coded segments
// exported from its QDA program. A team copies that list as it is: it must be the columns dh
// validate reads, or every file made from it is refused for a missing column.
import { readFileSync } from 'node:fs';
import { CODED_SEGMENT } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';

const guide = readFileSync(new URL('../../../docs/qualitative-teams.md', import.meta.url), 'utf8');

/** The column names (in backticks) of the guide's step that describes the coded-segments table. */
function documentedColumns(): string[] {
  const step = guide.split(/\n\s*\n/).find((paragraph) => /export the coded segments as a\s+table with the columns/.test(paragraph));
  if (step === undefined) throw new Error('docs/qualitative-teams.md no longer describes the coded-segments table');
  return [...step.matchAll(/`([a-z_]+)`/g)].map((match) => match[1] ?? '');
}

describe('the coded-segments columns docs/qualitative-teams.md lists', () => {
  it('are the columns of the coded segments of every interview activity, in order', async () => {
    const interviews = (await loadActivities()).filter((activity) => activity.kind === 'interview');
    expect(interviews.map((activity) => activity.id).sort()).toEqual([
      'access-to-justice-interviews',
      'duty-bearer-interviews',
      'law-enforcement-interviews',
      'survivor-conversations',
    ]);
    const documented = documentedColumns();
    for (const activity of interviews) {
      const segments = activity.build().recordTypes.find((recordType) => recordType.name === CODED_SEGMENT);
      expect(
        segments?.fields.map((field) => field.name),
        activity.id,
      ).toEqual(documented);
    }
  });
});
