import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAjv, snapshotJson, type ActivityDefinition, type BuiltActivity } from '@dh/core';
import { activity as householdSurvey } from '@dh/household-survey';
import { runCli } from '../test/run-cli.js';
import { activityPackages, workingSnapshot, type ActivityPackage } from './versions/activity-packages.js';
import { checkVersion } from './versions/check-versions.js';
import { publishVersion } from './commands/versions.js';
import { pendingBumps } from './versions/pending-changesets.js';
import { editedSnapshots, publishedVersions, writePublished } from './versions/published-snapshots.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The household survey with its built activity changed by `edit`: a working tree after an edit. */
function changed(edit: (built: BuiltActivity) => BuiltActivity): ActivityDefinition {
  return { ...householdSurvey, build: (config) => edit(householdSurvey.build(config)) };
}

const indicatorRemoved = changed((b) => ({ ...b, indicators: b.indicators.slice(1) }));
const indicatorAdded = changed((b) => ({ ...b, indicators: [...b.indicators, { ...b.indicators[0]!, id: 'new_indicator' }] }));
const definitionReworded = changed((b) => ({
  ...b,
  indicators: b.indicators.map((i, n) => (n === 0 ? { ...i, definition: `${i.definition} (reworded)` } : i)),
}));

/** A repository holding one activity package, published at 0.1.0, whose working tree is `activity`. */
function fixtureRepository(activity: ActivityDefinition, version = '0.1.0'): { root: string; pkg: ActivityPackage } {
  const root = mkdtempSync(join(scratch, 'repo-'));
  const dir = join(root, 'packages/household-survey');
  mkdirSync(join(root, '.changeset'), { recursive: true });
  writeFileSync(join(root, '.changeset/README.md'), '# Changesets\n');
  const published: ActivityPackage = { name: '@dh/household-survey', dir, version: '0.1.0', activity: householdSurvey };
  writePublished(dir, '0.1.0', snapshotJson(workingSnapshot(published)));
  return { root, pkg: { ...published, version, activity } };
}

const changeset = (root: string, name: string, level: string): void =>
  writeFileSync(join(root, '.changeset', name), `---\n"@dh/household-survey": ${level}\n---\n\nA change.\n`);

describe('dh versions check', () => {
  it('fails an under-declared change with its diff and the exact changeset to write, and passes once that is written', () => {
    const { root, pkg } = fixtureRepository(indicatorRemoved);
    const none = checkVersion(pkg, pendingBumps(root), root);
    expect(none).toMatchObject({
      ok: false,
      needs: 'major',
      summary: 'changed since 0.1.0: needs a major bump, but no pending changeset bumps it',
    });
    expect(none.details.join('\n')).toMatch(/major: breaks comparison[\s\S]*indicator \S+: removed/);

    changeset(root, 'small-fix.md', 'minor');
    const under = checkVersion(pkg, pendingBumps(root), root);
    expect(under).toMatchObject({ ok: false, declared: 'minor', needs: 'major' });
    expect(under.summary).toBe('changed since 0.1.0: needs a major bump, but .changeset/small-fix.md declares minor');

    expect(under.changeset?.content).toMatch(/^---\n"@dh\/household-survey": major\n---\n\nhousehold-survey: 1 change since 0.1.0/);
    writeFileSync(join(root, under.changeset!.file), under.changeset!.content);
    expect(checkVersion(pkg, pendingBumps(root), root)).toMatchObject({ ok: true, needs: 'major', declared: 'major' });
  });

  it.each([
    ['an indicator added', 'minor', indicatorAdded],
    ['a definition reworded', 'patch', definitionReworded],
  ])('asks for the level the change needs and no more: %s needs %s', (_, level, activity) => {
    const { root, pkg } = fixtureRepository(activity);
    expect(checkVersion(pkg, pendingBumps(root), root)).toMatchObject({ ok: false, needs: level });
    changeset(root, 'declared.md', level);
    expect(checkVersion(pkg, pendingBumps(root), root).ok).toBe(true);
  });

  it('passes an unchanged activity without a changeset', () => {
    const { root, pkg } = fixtureRepository(householdSurvey);
    expect(checkVersion(pkg, pendingBumps(root), root)).toMatchObject({ ok: true, summary: 'unchanged since 0.1.0 (published)' });
  });

  it('fails a released version whose snapshot is not published, that was bumped too little, or that went back', () => {
    const added = fixtureRepository(indicatorAdded, '0.2.0');
    expect(checkVersion(added.pkg, new Map(), added.root)).toMatchObject({
      ok: false,
      summary: 'version 0.2.0 is not published yet (last published: 0.1.0)',
    });
    const removed = fixtureRepository(indicatorRemoved, '0.1.1');
    expect(checkVersion(removed.pkg, new Map(), removed.root).summary).toBe(
      'version 0.1.1 is a patch bump from 0.1.0, but the changes since need major',
    );
    const older = fixtureRepository(householdSurvey, '0.0.9');
    expect(checkVersion(older.pkg, new Map(), older.root).summary).toBe(
      'its package.json says 0.0.9, which is not above the last published version 0.1.0',
    );
  });

  it('fails where a published snapshot was edited', () => {
    const { root, pkg } = fixtureRepository(householdSurvey);
    const file = join(pkg.dir, 'published/0.1.0.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"household-survey"', '"household-survey" '));
    expect(checkVersion(pkg, new Map(), root)).toMatchObject({ ok: false, summary: 'a published snapshot was edited' });
    expect(editedSnapshots(pkg.dir, root)).toEqual([
      expect.stringMatching(/packages\/household-survey\/published\/0\.1\.0\.json changed after it was published/),
    ]);
  });

  it('refuses a changeset it cannot read, saying which and why', () => {
    const { root } = fixtureRepository(householdSurvey);
    writeFileSync(join(root, '.changeset/broken.md'), '---\n"@dh/household-survey": huge\n---\n');
    expect(() => pendingBumps(root)).toThrow(
      '.changeset/broken.md: the line "@dh/household-survey": huge is not "<package>": major|minor|patch.',
    );
  });
});

describe('dh versions publish', () => {
  it("writes a released version's snapshot once, then the check passes; it never rewrites one", () => {
    const { root, pkg } = fixtureRepository({ ...indicatorAdded, version: '0.2.0' }, '0.2.0');
    expect(publishVersion(pkg, root, root)).toEqual({
      activity: 'household-survey',
      version: '0.2.0',
      file: 'packages/household-survey/published/0.2.0.json',
      written: true,
    });
    expect(publishVersion(pkg, root, root).written).toBe(false);
    expect(checkVersion(pkg, new Map(), root)).toMatchObject({ ok: true, summary: 'unchanged since 0.2.0 (published)' });
    expect(readFileSync(join(pkg.dir, 'published/SHA256SUMS'), 'utf8')).toMatch(
      /^[0-9a-f]{64} {2}0\.1\.0\.json\n[0-9a-f]{64} {2}0\.2\.0\.json\n$/,
    );
    expect(() => publishVersion({ ...pkg, activity: { ...indicatorRemoved, version: '0.2.0' } }, root, root)).toThrow(
      /0\.2\.0\.json: household-survey 0\.2\.0 is published, and the working tree differs from it \(2 changes\)/,
    );
  });

  it('refuses while the activity and its package.json disagree on the version', () => {
    const { root, pkg } = fixtureRepository(householdSurvey, '1.0.0');
    expect(() => publishVersion(pkg, root, root)).toThrow(/its package\.json says 1\.0\.0 but the activity says 0\.1\.0/);
  });
});

describe("the repository's published snapshots", () => {
  it('exist for the current version of every activity package, unedited and valid against the published JSON Schema', async () => {
    const schema = JSON.parse(readFileSync(join(repo, 'packages/cli/schema/activity-snapshot.schema.json'), 'utf8')) as object;
    const validate = createAjv().compile(schema);
    const packages = await activityPackages(repo);
    expect(packages.map((p) => p.activity.id)).toContain('household-survey');
    for (const pkg of packages) {
      expect(editedSnapshots(pkg.dir, repo), pkg.name).toEqual([]);
      expect(publishedVersions(pkg.dir), pkg.name).toContain(pkg.version);
      const file = join(pkg.dir, 'published', `${pkg.version}.json`);
      expect(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('dh versions check passes on the repository as committed, and dh diff finds a change exactly where the check says one is declared', () => {
    const check = runCli(['versions', 'check'], { cwd: repo });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    // Unchanged since the last published version, or changed with a pending changeset that declares it.
    const line = /^ok {3}household-survey: (.*)$/m.exec(check.stdout)?.[1];
    expect(line).toMatch(
      /^unchanged since 0\.1\.0 \(published\)$|^changed since 0\.1\.0: needs (major|minor|patch); \.changeset\/.+\.md declares (major|minor|patch)$/,
    );
    const diff = runCli(['diff', '--activity', 'household-survey', '--json'], { cwd: repo });
    expect(diff.status, diff.stderr).toBe(0);
    const report = JSON.parse(diff.stdout) as { level: string | null; changes: unknown[]; fromSource: string };
    expect(report).toMatchObject({ activity: 'household-survey', fromSource: 'published 0.1.0' });
    expect(report.level === null).toBe(line?.startsWith('unchanged'));
    expect(report.changes.length === 0).toBe(report.level === null);
  });
});

describe('dh diff', () => {
  it('compares two snapshot files, grouped by level in text, and says where it cannot read one', () => {
    const from = join(scratch, 'from.json');
    const to = join(scratch, 'to.json');
    const pkg: ActivityPackage = { name: '@dh/household-survey', dir: scratch, version: '0.1.0', activity: householdSurvey };
    writeFileSync(from, snapshotJson(workingSnapshot(pkg)));
    writeFileSync(to, snapshotJson(workingSnapshot({ ...pkg, activity: indicatorRemoved })));
    const run = runCli(['diff', '--activity', 'household-survey', '--from', from, '--to', to], { cwd: repo });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^household-survey: \S*from\.json → \S*to\.json: major \(1 change\)\n\nmajor: breaks comparison with earlier data\n {2}indicator \S+: removed\n {4}text: "[^"]+"\n {4}why: /,
    );
    const bad = runCli(['diff', '--activity', 'household-survey', '--from', 'one'], { cwd: repo });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--from one: neither a version \(like 0\.1\.0\) nor a snapshot file that exists/);
  });
});
