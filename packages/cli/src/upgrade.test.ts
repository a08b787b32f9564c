import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activitySnapshot,
  integer,
  recordTypesOf,
  withCountryQuestions,
  type ActivityDefinition,
  type ActivitySnapshot,
  type BuiltActivity,
  type Instrument,
  type InstrumentNode,
} from '@dh/core';
import { activity as householdSurvey } from '@dh/household-survey';
import { addCountryQuestions, answerWrongly, localAppQuestion } from '../test/country-questions.js';
import { NEW_EXAMPLELAND } from '../test/exampleland.js';
import { runCli } from '../test/run-cli.js';
import { renderUpgrade, repinned, runUpgrade, type UpgradeEnvironment } from './commands/upgrade.js';
import { planUpgrade } from './versions/upgrade-plan.js';
import { installedActivityDirs } from './versions/installed-snapshots.js';
import { readPublished } from './versions/published-snapshots.js';

// Later versions of the household survey, made here the way a methodologist would change it.

type Edit = (nodes: readonly InstrumentNode[]) => InstrumentNode[];

/** The child interview's groups, each edited by `edit` (by group name). */
function editGroups(edit: (node: InstrumentNode) => InstrumentNode): Edit {
  return (nodes) => nodes.map(edit);
}

function release(version: string, edit: Edit): ActivityDefinition {
  const build = (config?: Parameters<ActivityDefinition['build']>[0]): BuiltActivity => {
    const built = householdSurvey.build(config);
    const instruments = built.instruments.map((i) =>
      i.kind === 'questionnaire' && i.id === 'child_interview' ? ({ ...i, children: edit(i.children) } as Instrument) : i,
    );
    // The child record type follows its questions; fields no question makes (the design weight) stay.
    const childFields = (list: readonly BuiltActivity['instruments'][number][]) =>
      list.flatMap((i) => (i.kind === 'questionnaire' ? recordTypesOf(i) : [])).find((r) => r.name === 'child')?.fields ?? [];
    const [wasAsked, asked] = [new Set(childFields(built.instruments).map((f) => f.name)), childFields(instruments)];
    const recordTypes = built.recordTypes.map((r) =>
      r.name === 'child' ? { ...r, fields: [...asked, ...r.fields.filter((f) => !wasAsked.has(f.name))] } : r,
    );
    return { ...built, instruments, recordTypes };
  };
  return withCountryQuestions({ ...householdSurvey, version, build });
}

const inGroup = (name: string, change: (node: InstrumentNode & { kind: 'group' }) => InstrumentNode) =>
  editGroups((node) => (node.kind === 'group' && node.name === name ? change(node) : node));
const chain =
  (...edits: Edit[]): Edit =>
  (nodes) =>
    edits.reduce<InstrumentNode[]>((acc, edit) => edit(acc), [...nodes]);

const NEW_QUESTION: InstrumentNode = {
  ...integer('skill_apps_count', 'How many apps do you know how to set up on your own?'),
  label: { key: 'child_interview.skill_apps_count.label', en: 'How many apps do you know how to set up on your own?' },
} as InstrumentNode;

/** 0.2.0 (minor): an optional question added; the age question reworded under the same key. */
const v020 = chain(
  inGroup('digital_skills', (g) => ({ ...g, children: [...g.children, NEW_QUESTION] })),
  inGroup('identity', (g) => ({
    ...g,
    children: g.children.map((c) =>
      c.kind === 'question' && c.name === 'age' && c.label
        ? { ...c, label: { ...c.label, en: 'How old were you on your last birthday?' } }
        : c,
    ),
  })),
);
/** 0.3.0 (minor): the extension point moves from "What you do online" to "Your digital skills". */
const v030 = chain(
  v020,
  inGroup('activities_online', ({ extensionPoint: _moved, ...g }) => g),
  inGroup('digital_skills', (g) => ({ ...g, extensionPoint: 'child_online_activities' })),
);
/** 0.4.0: the point is gone. */
const v040 = chain(
  v020,
  inGroup('activities_online', ({ extensionPoint: _gone, ...g }) => g),
);
/** 1.0.0 (major): a question removed. */
const v100 = chain(
  v030,
  inGroup('digital_skills', (g) => ({ ...g, children: g.children.filter((c) => c.name !== 'skill_block_people') })),
);

const releases = new Map([
  ['0.2.0', release('0.2.0', v020)],
  ['0.3.0', release('0.3.0', v030)],
  ['0.4.0', release('0.4.0', v040)],
  ['1.0.0', release('1.0.0', v100)],
]);

/** The package installed at `version`; its published snapshots, the real 0.1.0 and those of the releases above. */
function installedAt(version: string): UpgradeEnvironment {
  const installed = releases.get(version);
  if (!installed) throw new Error(version);
  return {
    loadInstalled: async () => [installed],
    installedSnapshot: (activity) => activitySnapshot(activity),
    publishedSnapshot: (activity, at): ActivitySnapshot => {
      const made = releases.get(at);
      if (made) return activitySnapshot(made);
      const dir = installedActivityDirs().get(activity);
      if (!dir) throw new Error(activity);
      return readPublished(dir, at);
    },
  };
}

const root = mkdtempSync(join(tmpdir(), 'dh-upgrade-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'assessments/xe');
const configFile = join(dir, 'assessment.json');
const config = () => JSON.parse(readFileSync(configFile, 'utf8')) as { activities: Record<string, { version: string }> };
const upgrade = (to: string, allowMajor = false) => runUpgrade(dir, { activity: 'household-survey', to, allowMajor }, installedAt(to));
const codebook = () => readFileSync(join(dir, 'instruments/household-survey/codebook/child_interview.en.md'), 'utf8');

beforeAll(() => {
  const made = runCli([...NEW_EXAMPLELAND, '--languages', 'en,fr', '--activities', 'household-survey', '--root', root]);
  if (made.status !== 0) throw new Error(made.stderr);
  addCountryQuestions(configFile, 'household-survey', [localAppQuestion('XE', 'Exampleland Chat')]);
  const frFile = join(dir, 'translations/fr.json');
  const fr = JSON.parse(readFileSync(frFile, 'utf8')) as Record<string, string>;
  writeFileSync(
    frFile,
    `${JSON.stringify({ ...fr, 'child_interview.xe_local_app.label': 'Utilisez-vous Exampleland Chat ?', 'child_interview.age.label': 'Quel âge as-tu ?' }, null, 2)}\n`,
  );
}, 180_000);

describe("a country's own questions reach every command", () => {
  it('dh synth fills them and dh validate checks their answers, naming the column', () => {
    const out = join(root, 'synth');
    const made = runCli(['synth', 'household-survey', '--n', '120', '--config', configFile, '--out', out]);
    expect(made.status, made.stderr).toBe(0);
    const childFile = join(out, 'child.csv');
    expect(readFileSync(childFile, 'utf8').split('\n')[0]?.split(',')).toContain('xe_local_app');
    expect(runCli(['validate', out, '--config', configFile]).status).toBe(0);

    const row = answerWrongly(childFile, 'xe_local_app', { xe_local_app: 'maybe' });
    const checked = runCli(['validate', out, '--config', configFile]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(`child.csv, row ${row}, column xe_local_app: "maybe" is not a code of list "country_xe_local_app"`);
  }, 120_000);
});

describe('dh upgrade moves a country to a new activity version, with its own questions and translations', () => {
  it('applies a minor upgrade cleanly: re-pins, rebuilds with the country question, and lists texts to translate or check', async () => {
    const result = await upgrade('0.2.0');
    expect(result.applied).toBe(true);
    expect(result.plan).toMatchObject({ from: '0.1.0', to: '0.2.0', level: 'minor', conflicts: [], blockers: [] });
    expect(config().activities['household-survey']?.version).toBe('0.2.0');
    expect(result.plan.translations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'child_interview.skill_apps_count.label', status: 'new', untranslated: ['fr'] }),
        expect.objectContaining({
          key: 'child_interview.age.label',
          status: 'source changed',
          was: 'How old are you? (completed years)',
          toCheck: ['fr'],
          untranslated: [],
        }),
      ]),
    );
    // The rebuilt instruments hold the new question and the country's own, after the core questions of its group.
    const text = codebook();
    expect(text).toContain('skill_apps_count');
    expect(text.indexOf('online_activities')).toBeLessThan(text.indexOf('xe_local_app'));
    expect(text.indexOf('xe_local_app')).toBeLessThan(text.indexOf('skill_privacy_settings'));
    const report = renderUpgrade(result, dir).join('\n');
    expect(report).toContain('child_interview.skill_apps_count.label [fr] new');
    expect(report).toContain('Upgraded: assessment.json pins household-survey@0.2.0 (was 0.1.0).');
  }, 120_000);

  it('reports a conflict for a moved extension point, and places the country question where the point now is', async () => {
    const result = await upgrade('0.3.0');
    expect(result.applied).toBe(true);
    expect(result.plan.conflicts).toEqual([
      {
        question: 'xe_local_app',
        at: 'child_online_activities',
        kind: 'moved',
        was: 'the end of child_interview/activities_online (record type child)',
        now: 'the end of child_interview/digital_skills (record type child)',
      },
    ]);
    expect(renderUpgrade(result, dir).join('\n')).toContain(
      'conflict: country question xe_local_app (at child_online_activities) moves from',
    );
    const text = codebook();
    expect(text.indexOf('skill_report_content')).toBeLessThan(text.indexOf('xe_local_app'));
  }, 120_000);

  it('refuses when a country question would lose its place, and writes nothing', async () => {
    const before = readFileSync(configFile, 'utf8');
    const result = await upgrade('0.4.0');
    expect(result.applied).toBe(false);
    expect(result.plan.conflicts).toMatchObject([{ question: 'xe_local_app', kind: 'vanished' }]);
    expect(result.plan.blockers[0]).toContain('no longer has');
    expect(readFileSync(configFile, 'utf8')).toBe(before);
  });

  it('refuses a major upgrade while data of the activity exist, and says why; --allow-major goes ahead', async () => {
    mkdirSync(join(dir, 'data/household-survey'), { recursive: true });
    writeFileSync(join(dir, 'data/household-survey/child.csv'), 'child_id\nC1\n');
    const before = readFileSync(configFile, 'utf8');
    const refused = await upgrade('1.0.0');
    expect(refused.applied).toBe(false);
    expect(refused.plan.level).toBe('major');
    expect(refused.plan.blockers).toEqual([
      expect.stringContaining('holds 1 data file collected with 0.3.0: they would no longer match the instrument'),
    ]);
    expect(renderUpgrade(refused, dir).join('\n')).toContain('Not upgraded; nothing was written');
    expect(readFileSync(configFile, 'utf8')).toBe(before);

    const allowed = await upgrade('1.0.0', true);
    expect(allowed.applied).toBe(true);
    expect(config().activities['household-survey']?.version).toBe('1.0.0');
  }, 120_000);

  it("says which of the country's extension codes a version that fixes the list has in its core, and stops on one it lacks", () => {
    const from = activitySnapshot(release('0.2.0', v020));
    const platform = (code: string, en: string) => ({ code, label: { key: `choices.platform.${code}`, en } });
    const to = {
      ...from,
      version: '0.5.0',
      codeLists: from.codeLists.map((l) =>
        l.name === 'platform'
          ? { ...l, extension: false, choices: [platform('social_network', 'A social network'), platform('xe_chat', 'Exampleland Chat')] }
          : l,
      ),
    };
    const parsed = JSON.parse(readFileSync(configFile, 'utf8')) as Parameters<typeof planUpgrade>[0]['config'];
    const config = {
      ...parsed,
      extensionLists: {
        platform: [
          { code: 'xe_chat', label: 'Exampleland Chat' },
          { code: 'xe_forum', label: 'Exampleland Forum' },
        ],
      },
    };
    const plan = planUpgrade({ from, to, config, translations: {}, dataFiles: [], allowMajor: false });
    expect(plan.extensionCodes).toEqual([
      { list: 'platform', code: 'xe_chat', status: 'now in core' },
      { list: 'platform', code: 'xe_forum', status: 'not in the fixed list' },
    ]);
    expect(plan.blockers).toEqual([expect.stringContaining('its codes do not include the country\'s "xe_forum"')]);
    expect(renderUpgrade({ plan, applied: false, config: configFile }, dir).join('\n')).toContain(
      'extension list platform: "xe_chat" is now a core code; remove it from extensionLists.platform in assessment.json.',
    );
  });

  it('changes the pin alone: line endings, tabs, a byte-order mark and how values are written stay', () => {
    const text =
      '\uFEFF{\r\n\t"country": "XE",\r\n\t"languages": ["en", "fr"],\r\n\t"activities": {\r\n\t\t"legal-policy-review": { "version": "0.1.0" },\r\n\t\t"household-survey": {\r\n\t\t\t"version": "0.1.0",\r\n\t\t\t"settings": { "weight": 1.50 }\r\n\t\t}\r\n\t}\r\n}\r\n';
    expect(repinned(text, 'assessment.json', 'household-survey', '0.1.0', '0.2.0')).toBe(
      text.replace('"household-survey": {\r\n\t\t\t"version": "0.1.0"', '"household-survey": {\r\n\t\t\t"version": "0.2.0"'),
    );
    expect(() => repinned(text, 'assessment.json', 'household-survey', '0.3.0', '0.4.0')).toThrow(
      'set "version": "0.4.0" under activities.household-survey by hand',
    );
  });

  it('on the command line, names the version installed when another is asked for (exit 2)', () => {
    const run = runCli(['upgrade', dir, '--activity', 'household-survey', '--to', '2.0.0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the installed household-survey is 0.1.0');
    expect(run.stderr).toContain('npm install @dh/household-survey@2.0.0');
  });
});
