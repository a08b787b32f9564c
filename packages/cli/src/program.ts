import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { ScaffoldOption } from '@dh/core';
import { commandsNeeded, registerCommands } from './commands/index.js';
import { loadActivities } from './activities.js';
import { finishHelp } from './help.js';
import { OutputPathError, terminalSafe } from '@dh/core';
import { EXIT, UserError } from './user-error.js';

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENOENT: 'there is no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'it already exists',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A file-system refusal (a full disk, a folder where a file was expected, no permission) in
 * plain words with its path: the machine's state, not a bug in dh, so exit 2 and no stack.
 */
function fileSystemProblem(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  const why = e?.code === undefined ? undefined : FILE_PROBLEMS[e.code];
  if (why === undefined) return undefined;
  const action = e?.syscall === 'open' || e?.syscall === 'write' || e?.syscall === 'rename' || e?.syscall === 'mkdir' ? 'write' : 'use';
  return `could not ${action} ${e?.path ?? 'a file'}: ${why}. Choose another path, or free the space or permission it needs.`;
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The `dh` program with the named commands (every command by default; see `commandsNeeded`). */
export async function buildProgram(
  scaffoldOptions: readonly ScaffoldOption[] = [],
  installedActivities: readonly string[] = [],
  commands?: readonly string[],
): Promise<Command> {
  const program = new Command('dh')
    .description(
      'Disrupting Harm methodology as code: scaffold, validate and analyse country assessments of online child sexual exploitation and abuse. Offline; no data leave this machine.',
    )
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(terminalSafe(text, { keepLineBreaks: true })) });
  await registerCommands(program, scaffoldOptions, commands);
  finishHelp(program, installedActivities);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code. A user error prints one clear message and
 * exits 2; anything else is a bug, reported as such, with the stack only when DH_DEBUG=1.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // An argument with a line break or an escape sequence would reach messages and file names:
  // none of dh's options needs one, so it is refused before anything runs.
  const hostile = argv.slice(2).find((arg) => terminalSafe(arg) !== arg);
  if (hostile !== undefined) {
    process.stderr.write(
      `dh: the argument "${terminalSafe(hostile)}" holds a control character (a line break, tab or escape sequence); no dh option takes one. Type it again without.\n`,
    );
    return EXIT.usage;
  }
  try {
    // Only `dh new country` needs the activities' own options: others start without loading them.
    const scaffoldOptions = argv.includes('new') ? await (await import('./commands/new-country.js')).newCountryActivityOptions() : [];
    // Help names the installed activities; other runs do not load them just for that.
    const asksHelp = argv.some((arg) => arg === '--help' || arg === '-h' || arg === 'help');
    const installed = asksHelp ? (await loadActivities()).map((a) => a.id) : [];
    const program = await buildProgram(scaffoldOptions, installed, commandsNeeded(argv.slice(2)));
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end through here with exit code 0; usage mistakes with 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UserError) {
      process.stderr.write(`dh: ${error.lines.map((line) => terminalSafe(line)).join('\n')}\n`);
      return error.exitCode;
    }
    if (error instanceof OutputPathError) {
      process.stderr.write(`dh: ${terminalSafe(error.message)}\n`);
      return EXIT.usage;
    }
    const fileProblem = fileSystemProblem(error);
    if (fileProblem !== undefined) {
      process.stderr.write(`dh: ${terminalSafe(fileProblem)}\n`);
      return EXIT.usage;
    }
    process.stderr.write(
      `dh: internal error: ${terminalSafe((error as Error)?.message ?? String(error), { keepLineBreaks: true })}\nThis is a bug in dh, not in your data. Please report it with the command you ran${process.env['DH_DEBUG'] === '1' ? '' : ' (DH_DEBUG=1 shows the details)'}.\n`,
    );
    if (process.env['DH_DEBUG'] === '1') process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 70;
  }
}
