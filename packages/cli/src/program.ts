import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { ScaffoldOption } from '@dh/core';
import { registerCommands } from './commands/index.js';
import { newCountryActivityOptions } from './commands/new-country.js';
import { EXIT, UserError } from './user-error.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(scaffoldOptions: readonly ScaffoldOption[] = []): Command {
  const program = new Command('dh')
    .description('Disrupting Harm methodology as code: scaffold, validate and analyse country assessments of online child sexual exploitation and abuse. Offline; no data leave this machine.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerCommands(program, scaffoldOptions);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code. A user error prints one clear message and
 * exits 2; anything else is a bug, reported as such, with the stack only when DH_DEBUG=1.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    // Only `dh new country` needs the activities' own options: others start without loading them.
    const scaffoldOptions = argv.includes('new') ? await newCountryActivityOptions() : [];
    await buildProgram(scaffoldOptions).parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end through here with exit code 0; usage mistakes with 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UserError) {
      process.stderr.write(`dh: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`dh: internal error: ${(error as Error)?.message ?? String(error)}\nThis is a bug in dh, not in your data. Please report it with the command you ran${process.env['DH_DEBUG'] === '1' ? '' : ' (DH_DEBUG=1 shows the details)'}.\n`);
    if (process.env['DH_DEBUG'] === '1') process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 70;
  }
}
