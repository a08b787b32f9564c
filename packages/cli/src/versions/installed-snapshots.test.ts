import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedActivityDirs, publishedItemDefinitions, publishedVersionChanges } from './installed-snapshots.js';

const scratch = mkdtempSync(join(tmpdir(), 'dh-installed-snapshots-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the changes between two published versions, for dh compare', () => {
  const id = 'frontline-worker-survey';
  const installed = installedActivityDirs();

  it('finds every installed activity package, with its published snapshots', () => {
    expect([...installed.keys()]).toContain(id);
    expect(publishedVersionChanges(installed)(id, '0.1.0', '0.1.0')).toEqual([]);
  });

  it('are those dh diff classifies, read from published/<version>.json; none where a snapshot is missing', () => {
    const published = JSON.parse(readFileSync(join(installed.get(id) ?? '', 'published/0.1.0.json'), 'utf8')) as {
      version: string;
      instruments: { questions: { name: string }[] }[];
    };
    const dir = join(scratch, id);
    mkdirSync(join(dir, 'published'), { recursive: true });
    writeFileSync(join(dir, 'published/1.0.0.json'), JSON.stringify({ ...published, version: '1.0.0' }));
    const [questionnaire, ...others] = published.instruments;
    const without = { ...questionnaire, questions: questionnaire?.questions.filter((q) => q.name !== 'training_received') };
    writeFileSync(join(dir, 'published/2.0.0.json'), JSON.stringify({ ...published, version: '2.0.0', instruments: [without, ...others] }));
    const changes = publishedVersionChanges(new Map([[id, dir]]));
    expect(changes(id, '1.0.0', '2.0.0')).toContainEqual(
      expect.objectContaining({
        level: 'major',
        area: 'question',
        subject: 'frontline_worker_questionnaire/training_received',
        what: 'removed',
      }),
    );
    expect(changes(id, '1.0.0', '3.0.0')).toBeUndefined();
    expect(changes('no-such-activity', '1.0.0', '2.0.0')).toBeUndefined();
  });
});

describe('when each provision of a published checklist was defined, for dh compare', () => {
  const id = 'legal-policy-review';
  const installed = installedActivityDirs();

  it("are the checklist's definedIn, by provision, for the scorecard that reads its records", () => {
    const definitions = publishedItemDefinitions(installed)(id, '0.1.0', 'legal_scorecard');
    expect(definitions?.size).toBe(15);
    expect(definitions?.get('online_grooming')).toBe('0.1.0');
    expect([...(definitions?.values() ?? [])].every((v) => v === '0.1.0')).toBe(true);
  });

  it('are read from published/<version>.json: a later version says which provision was redefined; none where a snapshot is missing', () => {
    const published = JSON.parse(readFileSync(join(installed.get(id) ?? '', 'published/0.1.0.json'), 'utf8')) as {
      instruments: { kind: string; items: { id: string; definedIn: string }[] }[];
    };
    const dir = join(scratch, id);
    mkdirSync(join(dir, 'published'), { recursive: true });
    const instruments = published.instruments.map((i) =>
      i.kind === 'checklist'
        ? { ...i, items: i.items.map((item) => (item.id === 'online_grooming' ? { ...item, definedIn: '1.0.0' } : item)) }
        : i,
    );
    writeFileSync(join(dir, 'published/1.0.0.json'), JSON.stringify({ ...published, version: '1.0.0', instruments }));
    const definitions = publishedItemDefinitions(new Map([[id, dir]]));
    expect(definitions(id, '1.0.0', 'legal_scorecard')?.get('online_grooming')).toBe('1.0.0');
    expect(definitions(id, '1.0.0', 'legal_scorecard')?.get('child_definition')).toBe('0.1.0');
    expect(definitions(id, '1.0.0', 'no_such_table')).toBeUndefined();
    expect(definitions(id, '2.0.0', 'legal_scorecard')).toBeUndefined();
    // A status table that reads no checklist's records (a capacity scorecard of interviews) has none.
    expect(publishedItemDefinitions(installed)('law-enforcement-interviews', '0.1.0', 'capacity_scorecard')).toBeUndefined();
  });
});
