import type { Command } from 'commander';
import type { ScaffoldOption } from '@dh/core';

export type RegisterCommand = (program: Command, scaffoldOptions: readonly ScaffoldOption[]) => void;

/**
 * Every subcommand, one file each, by its name on the command line. A module is loaded only
 * when a run needs it: each pulls in its own packages (validation, analysis, the scaffold),
 * and `dh --version` or `dh validate` should not wait for the others.
 */
const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  analyze: async () => (await import('./analyze.js')).registerAnalyze,
  compare: async () => (await import('./compare.js')).registerCompare,
  demo: async () => (await import('./demo.js')).registerDemo,
  diff: async () => (await import('./diff.js')).registerDiff,
  handbook: async () => (await import('./handbook.js')).registerHandbook,
  instruments: async () => (await import('./instruments.js')).registerInstruments,
  new: async () => (await import('./new-country.js')).registerNewCountry,
  'self-check': async () => (await import('./self-check.js')).registerSelfCheck,
  synth: async () => (await import('./synth.js')).registerSynth,
  upgrade: async () => (await import('./upgrade.js')).registerUpgrade,
  validate: async () => (await import('./validate.js')).registerValidate,
  'validator-page': async () => (await import('./validator-page.js')).registerValidatorPage,
  versions: async () => (await import('./versions.js')).registerVersions,
};

/**
 * The commands a run needs, from its arguments (after `node dh`): the one it names, none for
 * a bare `--version`, else all of them, as help lists them and an unknown name is matched
 * against them.
 */
export function commandsNeeded(args: readonly string[]): string[] {
  const [first] = args;
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) return [first];
  if (args.length === 1 && (first === '--version' || first === '-v')) return [];
  return Object.keys(COMMANDS);
}

/** Registers the named commands (every command by default), in the order help lists them. */
export async function registerCommands(
  program: Command,
  scaffoldOptions: readonly ScaffoldOption[] = [],
  names: readonly string[] = Object.keys(COMMANDS),
): Promise<void> {
  const loaders = Object.entries(COMMANDS).filter(([name]) => names.includes(name));
  const registrations = await Promise.all(loaders.map(([, load]) => load()));
  for (const register of registrations) register(program, scaffoldOptions);
}
