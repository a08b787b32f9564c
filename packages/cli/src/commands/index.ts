import type { Command } from 'commander';
import { registerInstruments } from './instruments.js';
import { registerNewCountry } from './new-country.js';
import { registerSelfCheck } from './self-check.js';
import { registerSynth } from './synth.js';

/** Every subcommand, one file each. */
export function registerCommands(program: Command): void {
  registerInstruments(program);
  registerNewCountry(program);
  registerSelfCheck(program);
  registerSynth(program);
}
