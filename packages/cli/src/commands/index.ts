import type { Command } from 'commander';
import type { ScaffoldOption } from '@dh/core';
import { registerAnalyze } from './analyze.js';
import { registerCompare } from './compare.js';
import { registerDemo } from './demo.js';
import { registerDiff } from './diff.js';
import { registerInstruments } from './instruments.js';
import { registerNewCountry } from './new-country.js';
import { registerSelfCheck } from './self-check.js';
import { registerSynth } from './synth.js';
import { registerValidate } from './validate.js';
import { registerVersions } from './versions.js';

/** Every subcommand, one file each. */
export function registerCommands(program: Command, scaffoldOptions: readonly ScaffoldOption[] = []): void {
  registerAnalyze(program);
  registerCompare(program);
  registerDemo(program);
  registerDiff(program);
  registerInstruments(program);
  registerNewCountry(program, scaffoldOptions);
  registerSelfCheck(program);
  registerSynth(program);
  registerValidate(program);
  registerVersions(program);
}
