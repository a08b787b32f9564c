// Running the commands the guides show, as written, in the folder the guide says, so a guide can
// never drift from the tool (src/guides*.test.ts: README.md, docs/*.md, the README files a
// scaffold writes, the examples of dh --help). Runnable commands are the lines of ```bash
// blocks; a `<!-- guide-setup: … -->` comment before a block says where it runs, and a
// `<!-- guide-output: exit N -->` comment before a ```text block says that block is the exact
// output (and exit code) of the command before it. DH_UPDATE_GUIDES=1 rewrites those output
// blocks from the real output instead of comparing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const cli = join(repo, 'packages/cli/bin/dh.js');
/** This test file's scratch folder, removed when its tests are done. */
export const scratch = mkdtempSync(join(tmpdir(), 'dh-guides-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
export const updating = process.env['DH_UPDATE_GUIDES'] === '1';
/** R with the survey package, which the exported scripts load. */
export const hasR = spawnSync('Rscript', ['-e', 'suppressMessages(library(survey))']).status === 0;

/** npm commands the guides show, and how this test stands for each. */
const NPM_COMMANDS: Readonly<Record<string, { readonly run?: (cwd: string) => string; readonly why?: string }>> = {
  'npm ci && npm test': { why: 'the test command itself: .ci/run runs it from a clean clone' },
  'npm ci && npm run build': { why: 'the build this test runs on' },
  'npm ci && npm run demo': { run: (cwd) => `node ${cli} demo --dir ${join(cwd, 'demo')}` },
  'npm run versions:publish': { why: 'it writes into the repository: packages/cli/src/versions.test.ts tests what it writes and refuses' },
};

/** dh commands a guide shows that cannot run on this repository as it stands, and where they are tested instead. */
const DH_COMMANDS_TESTED_ELSEWHERE: Readonly<Record<string, string>> = {
  'npx dh upgrade assessments/ke --activity household-survey --to 0.2.0':
    'it needs household-survey 0.2.0 installed, which is not released yet: packages/cli/src/upgrade.test.ts upgrades a scaffolded country to versions released in memory',
};

type Step =
  | { readonly kind: 'setup'; readonly name: string }
  | { readonly kind: 'commands'; readonly lines: readonly string[]; readonly at: number }
  | { readonly kind: 'output'; readonly exit: number; readonly text: string; readonly at: number; readonly end: number };

/** The runnable steps of a guide, in order. */
export function stepsOf(markdown: string): Step[] {
  const lines = markdown.split('\n');
  const steps: Step[] = [];
  let output: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const setup = /^<!-- guide-setup: ([a-z-]+) -->$/.exec(line);
    if (setup?.[1]) steps.push({ kind: 'setup', name: setup[1] });
    const expected = /^<!-- guide-output: exit (\d) -->$/.exec(line);
    if (expected?.[1]) output = Number(expected[1]);
    const fence = /^```(\w*)$/.exec(line);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    const body = lines.slice(start, end);
    if (fence[1] === 'bash') steps.push({ kind: 'commands', lines: commandLines(body), at: start });
    else if (output !== undefined) steps.push({ kind: 'output', exit: output, text: body.join('\n'), at: start, end });
    output = undefined;
    i = end;
  }
  return steps;
}

/** Lines of a shell block: continuations joined, comments dropped. */
function commandLines(body: readonly string[]): string[] {
  return body
    .join('\n')
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+#\s.*$/, '').trim())
    .filter((l) => l !== '');
}

/** Fresh places a guide's commands run in. */
export function setUp(name: string): string {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const xa = join(repo, 'examples/xa');
  switch (name) {
    case 'workspace':
      cpSync(join(repo, 'examples'), join(dir, 'examples'), { recursive: true });
      break;
    case 'partner':
      cpSync(join(xa, 'assessment.json'), join(dir, 'assessment.json'));
      break;
    case 'partner-with-data':
      cpSync(join(xa, 'assessment.json'), join(dir, 'assessment.json'));
      cpSync(join(xa, 'data'), join(dir, 'data'), { recursive: true });
      break;
    case 'repository':
      return repo; // dh diff and dh versions check only read it
    case 'methodologist-edit':
      stageMethodologistEdit(dir);
      break;
    default:
      throw new Error(`unknown guide-setup "${name}"`);
  }
  return dir;
}

/**
 * A scratch repository holding the frontline-worker survey as published, then the edit
 * docs/methodologists.md walks through, made to its build as a rebuilt package would have it:
 * the training question reworded, an optional question on training hours added, and the
 * interview length made required.
 */
function stageMethodologistEdit(dir: string): void {
  const id = 'frontline-worker-survey';
  const from = join(repo, 'packages/activities', id);
  const to = join(dir, 'packages/activities', id);
  mkdirSync(join(dir, '.changeset'), { recursive: true });
  cpSync(join(repo, '.changeset/config.json'), join(dir, '.changeset/config.json'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'dh', private: true, workspaces: ['packages/activities/*'] }));
  for (const part of ['package.json', 'dist', 'published', 'translations']) cpSync(join(from, part), join(to, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  renameSync(join(to, 'dist/index.js'), join(to, 'dist/published-index.js'));
  writeFileSync(
    join(to, 'dist/index.js'),
    `import { activity as published } from './published-index.js';
const edit = (nodes) => nodes.flatMap((node) => {
  if (node.kind !== 'question') return [{ ...node, children: edit(node.children) }];
  if (node.name === 'interview_minutes') return [{ ...node, required: true }];
  if (node.name !== 'training_received') return [node];
  const reworded = { ...node, label: { ...node.label, en: 'Have you ever been trained to respond to child sexual abuse or exploitation that involves the internet or mobile phones?' } };
  const hours = { kind: 'question', name: 'training_hours', type: 'integer', required: false, selfCompleted: false, relevant: node.relevant,
    label: { key: 'frontline_worker_questionnaire.training_hours.label', en: 'About how many hours of such training have you received in all?' } };
  return [reworded, hours];
});
export const activity = { ...published, build: (config) => {
  const built = published.build(config);
  return { ...built, instruments: built.instruments.map((i) => (i.kind === 'questionnaire' ? { ...i, children: edit(i.children) } : i)) };
} };
`,
  );
}

interface Ran {
  readonly command: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one guide line in `cwd`; returns the new working folder for a `cd`. */
export function runLine(line: string, cwd: string, tmp: string): { ran?: Ran; cwd: string; skipped?: string } {
  if (line.startsWith('cd ')) return { cwd: resolve(cwd, line.slice(3).trim()) };
  if (line.startsWith('npm ')) {
    const known = NPM_COMMANDS[line];
    if (!known) throw new Error(`the guide runs "${line}": say in NPM_COMMANDS how this test stands for it`);
    if (!known.run) return { cwd, skipped: `${line}: ${known.why ?? ''}` };
    return { cwd, ran: shell(known.run(cwd), cwd, line) };
  }
  if (line.startsWith('Rscript '))
    return hasR ? { cwd, ran: shell(line, cwd, line) } : { cwd, skipped: `${line}: R and its survey package are not installed here` };
  if (!line.startsWith('npx dh ')) throw new Error(`the guide runs "${line}", which this test does not know how to run`);
  const elsewhere = DH_COMMANDS_TESTED_ELSEWHERE[line];
  if (elsewhere !== undefined) return { cwd, skipped: `${line}: ${elsewhere}` };
  // `/tmp/…` in a guide is somewhere scratch: here it is this test's own folder.
  // Only the guide's own arguments: the repository itself may live under /tmp.
  const command = `node ${cli} ${` ${line.slice('npx dh '.length)}`.replaceAll(' /tmp/', ` ${tmp}/`).slice(1)}`;
  return { cwd, ran: shell(command, cwd, line) };
}

export function shell(command: string, cwd: string, shown: string): Ran {
  const run = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { command: shown, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs a guide's steps; checks every command and every output block; returns the guide with outputs rewritten when updating. */
export function runGuide(file: string, markdown: string, start: { readonly name: string; readonly cwd?: string }): string {
  const tmp = mkdtempSync(join(scratch, 'tmp-'));
  let cwd = start.cwd ?? setUp(start.name);
  let last: Ran | undefined;
  const lines = markdown.split('\n');
  const replacements: { at: number; end: number; text: string }[] = [];
  for (const step of stepsOf(markdown)) {
    if (step.kind === 'setup') cwd = setUp(step.name);
    else if (step.kind === 'commands') {
      for (const line of step.lines) {
        const result = runLine(line, cwd, tmp);
        cwd = result.cwd;
        if (!result.ran) continue;
        last = result.ran;
        const said = `${file}:${step.at}: ${line}\n${result.ran.stderr}`;
        expect(result.ran.stderr, said).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
        // 1 is a fair outcome of a documented command (data with errors, shown on purpose); 2 is a guide gone wrong.
        expect([0, 1], said).toContain(result.ran.status);
      }
    } else {
      expect(last, `${file}:${step.at}: an output block with no command before it`).toBeDefined();
      const actual = (last?.stdout ?? '').replace(/\n$/, '');
      if (updating) replacements.push({ at: step.at, end: step.end, text: actual });
      else {
        expect(actual, `${file}:${step.at}: the output of "${last?.command ?? ''}" (DH_UPDATE_GUIDES=1 rewrites it)`).toBe(step.text);
        expect(last?.status, `${file}:${step.at}: the exit code of "${last?.command ?? ''}"`).toBe(step.exit);
      }
    }
  }
  for (const r of replacements.reverse()) lines.splice(r.at, r.end - r.at, ...r.text.split('\n'));
  return lines.join('\n');
}

// Each guide runs a dozen commands, each a fresh process: minutes on a busy two-core machine.
export const LONG = { timeout: 600_000 };
