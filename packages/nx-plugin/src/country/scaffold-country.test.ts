import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { checkXlsform } from '@dh/exporters';
import { assessmentConfigJsonSchema, compileRecordValidator, parseAssessmentConfig } from '@dh/core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureActivity } from '../../test/fixture-activity.js';
import type { CountryOptions } from './country-options.js';
import { normalizeCountryOptions } from './normalize-country-options.js';
import { scaffoldCountry } from './scaffold-country.js';
import { FsScaffoldTree } from './scaffold-tree.js';

const kenya: CountryOptions = {
  iso: 'ke',
  name: 'Kenya',
  languages: 'en,sw',
  fieldworkStart: '2021-01-10',
  fieldworkEnd: '2021-03-31',
  internetUsingChildren: 3_000_000,
};
const installed = [fixtureActivity];

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'dh-scaffold-'));
  folders.push(root);
  return root;
}

async function scaffold(root: string, options: CountryOptions = kenya) {
  const normalized = normalizeCountryOptions(options, root, installed);
  if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
  return scaffoldCountry(new FsScaffoldTree(root), normalized.options, [fixtureActivity]);
}

const expectedFiles = [
  '.gitignore',
  'README.md',
  'assessment.json',
  'data/pupil-survey/README.md',
  'project.json',
  'translations/en.json',
  'translations/sw.json',
];

describe('scaffolding a country into a real folder', () => {
  it('creates every file the country team needs', async () => {
    const root = workspace();
    const result = await scaffold(root);
    expect(result.status).toBe('success');
    if (result.status !== 'success') return;
    expect(result.directory).toBe('assessments/ke');
    for (const file of expectedFiles) expect(result.files, file).toContain(file);
    for (const file of [
      'instruments/pupil-survey/xlsform/pupil.xlsx',
      'instruments/pupil-survey/codebook/pupil.en.html',
      'instruments/pupil-survey/ddi/pupil.xml',
      'instruments/pupil-survey/tableschema/pupil.json',
    ]) {
      expect(result.files, file).toContain(file);
    }
    expect(await checkXlsform(readFileSync(join(root, 'assessments/ke/instruments/pupil-survey/xlsform/pupil.xlsx')))).toEqual([]);
    const readme = readFileSync(join(root, 'assessments/ke/README.md'), 'utf8');
    expect(readme).toMatch(/# Kenya \(KE\)/);
    expect(readme).toMatch(/- \[ \] \*\*Fixture survey\*\*/);
    expect(readme).toMatch(/npx dh validate assessments\/ke +#/);
    expect(readFileSync(join(root, 'assessments/ke/data/pupil-survey/README.md'), 'utf8')).toMatch(/`pupil.csv` \| pupil/);
  });

  it('writes an assessment.json that passes both the zod schema and its published JSON Schema', async () => {
    const root = workspace();
    await scaffold(root);
    const json = JSON.parse(readFileSync(join(root, 'assessments/ke/assessment.json'), 'utf8')) as Record<string, unknown>;
    expect(json['$schema']).toBe('../../node_modules/@dh/cli/schema/assessment.schema.json');
    expect(parseAssessmentConfig(json, installed).status).toBe('success');
    const validate = compileRecordValidator(assessmentConfigJsonSchema(installed));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json['activities']).toEqual({ 'pupil-survey': { version: '1.0.0', settings: { ageRange: { min: 12, max: 17 } } } });
  });

  it('lists every translation key, English filled and other languages empty until translated', async () => {
    const root = workspace();
    await scaffold(root);
    const en = JSON.parse(readFileSync(join(root, 'assessments/ke/translations/en.json'), 'utf8')) as Record<string, string>;
    const sw = JSON.parse(readFileSync(join(root, 'assessments/ke/translations/sw.json'), 'utf8')) as Record<string, string>;
    expect(en['pupil.age.label']).toBe('How old are you?');
    expect(sw['pupil.age.label']).toBe('');
    expect(Object.keys(sw)).toEqual(Object.keys(en));
  });

  it('git-ignores the data folders from the first commit, but not their READMEs', async () => {
    const root = workspace();
    execFileSync('git', ['init', '-q'], { cwd: root });
    await scaffold(root);
    mkdirSync(join(root, 'assessments/ke/data/pupil-survey'), { recursive: true });
    writeFileSync(join(root, 'assessments/ke/data/pupil-survey/pupil.csv'), 'pupil_id\nP1\n');
    const ignored = (path: string) => {
      try {
        execFileSync('git', ['check-ignore', '-q', path], { cwd: root });
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('assessments/ke/data/pupil-survey/pupil.csv')).toBe(true);
    expect(ignored('assessments/ke/data/pupil-survey/README.md')).toBe(false);
    expect(ignored('assessments/ke/assessment.json')).toBe(false);
  });

  it('refuses to overwrite an existing assessment', async () => {
    const root = workspace();
    await scaffold(root);
    const before = readFileSync(join(root, 'assessments/ke/assessment.json'), 'utf8');
    const again = await scaffold(root, { ...kenya, name: 'Kenya again' });
    expect(again).toEqual({
      status: 'failure',
      errors: [expect.stringMatching(/An assessment already exists at assessments\/ke.*never overwrites/)],
    });
    expect(readFileSync(join(root, 'assessments/ke/assessment.json'), 'utf8')).toBe(before);
  });
});

describe('refusing bad options with a message that says what to give instead', () => {
  const errorsFor = (options: Partial<CountryOptions>) => {
    const result = normalizeCountryOptions({ ...kenya, ...options }, '/work/space', installed);
    return result.status === 'failure' ? result.errors.join('\n') : '';
  };
  it.each([
    ['an unknown ISO code', { iso: 'ZQ' }, /Unknown ISO 3166-1 alpha-2 code "ZQ".*user-assigned code/],
    ['a country name given as the code', { iso: 'Kenya' }, /"Kenya" is a name: its code is KE/],
    ['an unknown language tag', { languages: 'en,zz' }, /Unknown language tag "zz"/],
    ['a directory escaping the workspace', { directory: '../elsewhere' }, /outside the workspace/],
    ['an absolute directory', { directory: '/etc/dh' }, /outside the workspace/],
    ['a name that could escape a folder', { name: '../../etc' }, /Country name "..\/..\/etc" is not usable/],
    [
      'an activity that is not installed',
      { activities: 'survivor-conversations' },
      /Unknown or uninstalled activity "survivor-conversations": choose from pupil-survey/,
    ],
    ['an age that is not a number', { ageMin: 'twelve' }, /--age-min takes a number, not "twelve"/],
    ['a start that is not a date', { fieldworkStart: '10/01/2021' }, /--fieldwork-start "10\/01\/2021" is not a date/],
    ['an end that is not a date, named as the end', { fieldworkEnd: '2021-02-30' }, /--fieldwork-end "2021-02-30" is not a date/],
    ['a start without an end', { fieldworkEnd: undefined }, /--fieldwork-end is missing: give both/],
  ])('refuses %s', (_name, options, message) => {
    expect(errorsFor(options)).toMatch(message);
  });

  it('accepts a user-assigned code for a fictional country', () => {
    expect(errorsFor({ iso: 'XA', name: 'Atlantis' })).toBe('');
  });

  it('writes language tags in their canonical case, once each', () => {
    const result = normalizeCountryOptions({ ...kenya, languages: 'EN,sw,en' }, '/work/space', installed);
    expect(result.status === 'success' && result.options.languages).toEqual(['en', 'sw']);
  });

  it('leaves fieldwork out rather than inventing dates', () => {
    const result = normalizeCountryOptions({ ...kenya, fieldworkStart: undefined, fieldworkEnd: undefined }, '/work/space', installed);
    expect(result.status === 'success' && result.options.fieldwork).toBeUndefined();
  });

  it("refuses an upside-down age range through the activity's own settings check", async () => {
    const result = await scaffold(workspace(), { ...kenya, ageMin: 17, ageMax: 9 });
    expect(result).toEqual({
      status: 'failure',
      errors: ['assessment.json activities.pupil-survey.settings.ageRange: min 17 is above max 9'],
    });
  });
});

describe('scaffolding into an Nx virtual tree (the generator front)', () => {
  it('renders the same files without touching the disk', async () => {
    const tree = createTreeWithEmptyWorkspace();
    const normalized = normalizeCountryOptions(kenya, tree.root, installed);
    if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
    const result = await scaffoldCountry(tree, normalized.options, [fixtureActivity]);
    expect(result.status).toBe('success');
    for (const file of expectedFiles) expect(tree.exists(`assessments/ke/${file}`), file).toBe(true);
    const project = JSON.parse(tree.read('assessments/ke/project.json', 'utf-8') ?? '{}') as {
      name: string;
      targets: Record<string, unknown>;
    };
    expect(project.name).toBe('assessment-ke');
    expect(Object.keys(project.targets)).toEqual(['instruments', 'validate', 'validator-page', 'analyze', 'report']);
  });

  it("runs the installed dh in a country team's own repository, and the repository's build inside dh's", async () => {
    const targetsIn = async (repository: boolean) => {
      const tree = createTreeWithEmptyWorkspace();
      if (repository) for (const p of ['cli', 'nx-plugin']) tree.write(`packages/${p}/package.json`, '{}');
      const normalized = normalizeCountryOptions(kenya, tree.root, installed);
      if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
      await scaffoldCountry(tree, normalized.options, [fixtureActivity]);
      const project = JSON.parse(tree.read('assessments/ke/project.json', 'utf-8') ?? '{}') as {
        targets: Record<string, { dependsOn: unknown[]; options: { command: string } }>;
      };
      return project.targets;
    };
    const own = await targetsIn(false);
    expect(own['validate']?.options.command).toBe("node 'node_modules/@dh/cli/bin/dh.js' validate 'assessments/ke'");
    expect(own['analyze']?.dependsOn).toEqual(['validate']);
    const inDh = await targetsIn(true);
    expect(inDh['validate']?.options.command).toBe("node 'packages/cli/dist/bin.js' validate 'assessments/ke'");
    expect(inDh['analyze']?.dependsOn).toEqual(['validate', { projects: ['@dh/cli'], target: 'build' }]);
  });
});
