import type { Command } from 'commander';
import { registerSelfCheck } from './self-check.js';

/** Every subcommand, one file each. */
export function registerCommands(program: Command): void {
  registerSelfCheck(program);
}
