// Every command with every path option pointed at a missing parent, a file, a folder and a
// place nobody can write: each answers with one clear message, never an internal error, and
// nothing it reads is ever written over.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

const example = fileURLToPath(new URL('../../../examples/xa', import.meta.url));
const repository = fileURLToPath(new URL('../../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'dh-paths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const xa = join(root, 'xa');
cpSync(example, xa, { recursive: true });
const file = join(root, 'a-file.txt');
writeFileSync(file, 'not a folder\n');
const folder = join(root, 'a-folder');
mkdirSync(folder);
const missing = join(root, 'missing-parent', 'deeper', 'out');
const unwritable = '/sys/dh-cannot-write-here';

const INTERNAL = /internal error|bug in dh/;

describe('path options pointing somewhere they cannot go', () => {
  it.each([
    [
      'validate --out under a missing folder',
      ['validate', xa, '--activity', 'household-survey', '--out', join(missing, 'r.txt')],
      /--out: the folder .*missing-parent\/deeper\/out does not exist: create it first/,
    ],
    [
      'validate --out at a folder',
      ['validate', xa, '--activity', 'household-survey', '--out', folder],
      /--out: .*a-folder is a folder: give the name of a file to write/,
    ],
    [
      'validate --out somewhere unwritable',
      ['validate', xa, '--activity', 'household-survey', '--out', join(unwritable, 'r.txt')],
      /(does not exist|cannot write|permission denied)/,
    ],
    [
      'validate --out over its own input',
      ['validate', join(xa, 'data/household-survey/child.csv'), '--out', join(xa, 'data/household-survey/child.csv'), '--format', 'csv'],
      /--out: .*child\.csv is one of the files being read/,
    ],
    [
      'validate --out at a device',
      ['validate', xa, '--activity', 'household-survey', '--out', '/dev/null'],
      /--out: \/dev\/null is a device or other special file/,
    ],
    [
      'validate --config at a folder without one',
      ['validate', xa, '--config', folder],
      /--config: .*a-folder is not an assessment folder: it has no assessment\.json/,
    ],
    ['analyze --out at a file', ['analyze', xa, '--out', file], /--out: .*a-file\.txt is a file, not a folder/],
    ['analyze --out somewhere unwritable', ['analyze', xa, '--out', unwritable], /(cannot write|permission denied|not permitted)/],
    ['compare --out at a file', ['compare', xa, example, '--out', file], /--out: .*a-file\.txt is a file, not a folder/],
    ['instruments build --out at a file', ['instruments', 'build', xa, '--out', file], /--out: .*a-file\.txt is a file, not a folder/],
    ['synth --out at a file', ['synth', 'household-survey', '--n', '5', '--out', file], /--out: .*a-file\.txt is a file, not a folder/],
    [
      'synth --out over a folder of data',
      ['synth', 'household-survey', '--n', '5', '--out', join(xa, 'data/household-survey')],
      /--out: .*already holds files \(caregiver\.csv, .*\), and dh does not write over them.*--force/,
    ],
    [
      'synth --config at a file that is not JSON',
      ['synth', 'household-survey', '--n', '5', '--out', join(root, 'fresh-synth'), '--config', file],
      /a-file\.txt/,
    ],
    [
      'new country --dir at a file',
      ['new', 'country', '--iso', 'XQ', '--name', 'Q', '--root', root, '--dir', 'a-file.txt'],
      /--dir a-file\.txt is a file: give a folder/,
    ],
    ['new country --root at a file', ['new', 'country', '--iso', 'XQ', '--name', 'Q', '--root', file], /a-file\.txt/],
    ['demo --dir at a file', ['demo', '--dir', file], /--dir: .*a-file\.txt is a file, not a folder/],
    [
      'diff --from at a folder',
      ['diff', '--activity', 'household-survey', '--root', repository, '--from', folder],
      /--from .*a-folder is a folder: give a snapshot file/,
    ],
    ['versions check --root at a file', ['versions', 'check', '--root', file], /--root .*a-file\.txt: there is no package\.json there/],
    ['versions check outside a repository', ['versions', 'check'], /is not inside the dh repository.*--root/],
  ])('%s: one message, exit 2', (_case, args, message) => {
    const run = runCli(args, { cwd: root });
    expect(run.stderr).not.toMatch(INTERNAL);
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
  });

  it('leaves the input it refused to write over as it was', () => {
    expect(readFileSync(join(xa, 'data/household-survey/child.csv'), 'utf8')).toBe(
      readFileSync(join(example, 'data/household-survey/child.csv'), 'utf8'),
    );
  });

  it('creates a missing results folder, and writes inside the assessment by default', () => {
    const run = runCli(['analyze', xa, '--out', join(missing, 'results')], { cwd: root });
    expect(run.stderr).not.toMatch(INTERNAL);
    expect(run.status).toBe(0);
    expect(existsSync(join(missing, 'results/results.json'))).toBe(true);
    const compare = runCli(['compare', xa, example], { cwd: root });
    expect(compare.status).toBe(0);
    expect(existsSync(join(xa, 'comparison/comparison.json'))).toBe(true);
    expect(existsSync(join(root, 'comparison'))).toBe(false);
  });
});

describe('folder names and links a scaffold will not follow', () => {
  it('refuses a folder name that could run a command, and one with spaces', () => {
    for (const dir of ['assessments/xg;touch PWNED;echo', 'assessments/my country', "assessments/x'y"]) {
      const run = runCli(['new', 'country', '--iso', 'XG', '--name', 'G', '--root', root, '--dir', dir]);
      expect(run.status, dir).toBe(2);
      expect(run.stderr).toMatch(/has characters dh does not allow in a folder name/);
    }
    expect(existsSync(join(root, 'PWNED'))).toBe(false);
  });

  it('quotes every argument of the commands it writes into project.json', () => {
    const run = runCli(['new', 'country', '--iso', 'XH', '--name', 'H', '--root', root, '--dir', 'assessments/xh']);
    expect(run.status, run.stderr).toBe(0);
    const project = JSON.parse(readFileSync(join(root, 'assessments/xh/project.json'), 'utf8')) as {
      name: string;
      targets: Record<string, { options: { command: string } }>;
    };
    expect(project.targets['validate']?.options.command).toBe("node 'node_modules/@dh/cli/bin/dh.js' validate 'assessments/xh'");
  });

  it('names each Nx project after its folder, so two assessments of one country never clash', () => {
    for (const dir of ['assessments/xj', 'assessments/xj-second'])
      expect(runCli(['new', 'country', '--iso', 'XJ', '--name', 'J', '--root', root, '--dir', dir]).status).toBe(0);
    const name = (dir: string) => (JSON.parse(readFileSync(join(root, dir, 'project.json'), 'utf8')) as { name: string }).name;
    expect([name('assessments/xj'), name('assessments/xj-second')]).toEqual(['assessment-xj', 'assessment-xj-second']);
  });

  it('does not write outside the workspace through a symbolic link', () => {
    const outside = mkdtempSync(join(tmpdir(), 'dh-outside-'));
    try {
      mkdirSync(join(root, 'assessments'), { recursive: true });
      symlinkSync(outside, join(root, 'assessments/zz'));
      const run = runCli(['new', 'country', '--iso', 'ZZ', '--name', 'Z', '--root', root]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/outside the workspace .* through a symbolic link/);
      expect(existsSync(join(outside, 'assessment.json'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

/** Every file under a folder and its content. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path, readFileSync(path, 'latin1')];
      }),
  );
}

describe('a survey variable name that is not one', () => {
  const commands: [string, (dir: string) => string[]][] = [
    ['analyze', (dir) => ['analyze', dir, '--out', join(dir, 'results')]],
    ['instruments build', (dir) => ['instruments', 'build', dir]],
    ['synth --config', (dir) => ['synth', 'household-survey', '--n', '5', '--config', dir, '--out', join(dir, 'synth')]],
    ['validate', (dir) => ['validate', dir]],
  ];
  it.each(['psu id', '', '../../etc/passwd'])('%j is refused by every command alike, with exit 2 and nothing written', (name) => {
    const dir = mkdtempSync(join(root, 'bad-variable-'));
    cpSync(example, dir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')) as {
      activities: Record<string, { settings: Record<string, unknown> }>;
    };
    const survey = config.activities['household-survey'];
    if (survey) survey.settings['psuVariable'] = name;
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(config, null, 2));
    const before = snapshot(dir);
    const messages = commands.map(([command, args]) => {
      const run = runCli(args(dir), { cwd: root });
      expect(run.status, `${command}: ${run.stderr}`).toBe(2);
      expect(run.stderr, command).not.toMatch(INTERNAL);
      return run.stderr.split('\n').find((line) => line.includes('psuVariable'));
    });
    expect(messages[0]).toMatch(/activities\.household-survey\.settings\.psuVariable: a variable name: letters, digits and _/);
    expect(new Set(messages).size).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('an activity pinned at a version that is not installed', () => {
  it('is refused by every command with one rule, one message and exit 2', () => {
    const dir = mkdtempSync(join(root, 'pinned-'));
    cpSync(example, dir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')) as { activities: Record<string, { version: string }> };
    const survey = config.activities['household-survey'];
    if (survey) survey.version = '1.0.0';
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(config, null, 2));
    const before = snapshot(dir);
    const messages = [
      ['validate', dir],
      ['analyze', dir],
      ['instruments', 'build', dir],
      ['synth', 'household-survey', '--n', '5', '--config', dir, '--out', join(dir, 'synth')],
    ].map((args) => {
      const run = runCli(args, { cwd: root });
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(2);
      return run.stderr;
    });
    expect(messages[0]).toMatch(/^dh: The assessment pins household-survey@1\.0\.0, but household-survey@0\.1\.0 is installed/);
    expect(new Set(messages).size).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });
});
