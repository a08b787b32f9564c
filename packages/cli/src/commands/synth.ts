import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseAssessmentConfig, type ActivityDefinition, type AssessmentConfig } from '@dh/core';
import { prevalenceItems, synthesize, writeSyntheticDataset } from '@dh/synth';
import { loadActivities } from '../activities.js';
import { UserError } from '../user-error.js';

export interface SynthOptions {
  readonly activity: string;
  readonly n: string;
  readonly seed: string;
  readonly out: string;
  /** An assessment.json file, or the assessment folder holding it. */
  readonly config?: string;
  readonly injectErrors?: boolean;
  /** `item=share,item=share`. */
  readonly prevalence?: string;
}

export interface SynthResult {
  readonly activity: string;
  readonly version: string;
  readonly n: number;
  readonly seed: number;
  readonly outDir: string;
  readonly files: readonly { readonly file: string; readonly rows: number }[];
  /** Injected errors by issue code, with --inject-errors. */
  readonly injected?: Readonly<Record<string, number>>;
  readonly warnings: readonly string[];
}

function wholeNumber(flag: string, text: string, min: number, example: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) throw new UserError(`${flag} must be a whole number of at least ${min}, not "${text}" (e.g. ${flag} ${example}).`);
  return value;
}

function readConfig(path: string, cwd: string): AssessmentConfig {
  const target = resolve(cwd, path);
  const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'assessment.json') : target;
  if (!existsSync(file)) throw new UserError(`--config: ${file} does not exist; give an assessment.json file or the assessment folder holding it.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`--config: could not read ${file}: ${(error as Error).message}. Fix the file and run the command again.`);
  }
  const parsed = parseAssessmentConfig(json);
  if (parsed.status === 'failure') throw new UserError(`--config: ${file} is not a valid assessment config:\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  return parsed.config;
}

/** `item=share,…` checked against the items the activity's plan lets a user set. */
function parsePrevalence(text: string, settable: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^([A-Za-z_][\w.-]*)=(\d*\.?\d+)$/.exec(part);
    if (!match?.[1] || match[2] === undefined) throw new UserError(`--prevalence: "${part}" is not item=share; write e.g. --prevalence ocsea_threatened=0.1,ocsea_sexual_comments=0.2`);
    const share = Number(match[2]);
    if (!settable.includes(match[1])) throw new UserError(`--prevalence: "${match[1]}" has no prevalence to set. Items with one: ${settable.join(', ')}`);
    if (share > 1) throw new UserError(`--prevalence: the share for ${match[1]} must be between 0 and 1, not ${match[2]}`);
    out[match[1]] = share;
  }
  return out;
}

function findSynthesisable(id: string, installed: readonly ActivityDefinition[]): ActivityDefinition {
  const activity = installed.find((a) => a.id === id);
  const able: string[] = installed.filter((a) => a.build().synthesis !== undefined).map((a) => a.id);
  if (!activity) throw new UserError(`The activity "${id}" is not installed with this dh; activities that can be synthesised: ${able.join(', ') || 'none'}.`);
  if (!able.includes(id)) throw new UserError(`${id} declares no synthesis plan, so dh cannot make synthetic data for it; activities that can be synthesised: ${able.join(', ') || 'none'}.`);
  return activity;
}

/**
 * `dh synth`: seeded synthetic data for one activity, one CSV per record type (for
 * training, demos and tests; methodology.md: only synthetic data is ever committed).
 */
export async function runSynth(options: SynthOptions, loadInstalled: () => Promise<readonly ActivityDefinition[]>, cwd = process.cwd(), onProgress?: (done: number, total: number) => void): Promise<SynthResult> {
  const n = wholeNumber('--n', options.n, 1, '1000');
  const seed = wholeNumber('--seed', options.seed, 0, '1');
  const config = options.config !== undefined ? readConfig(options.config, cwd) : undefined;
  const activity = findSynthesisable(options.activity, await loadInstalled());
  const warnings: string[] = [];
  if (config && !config.activities[activity.id]) warnings.push(`the assessment does not run ${activity.id}; its survey design and lists are used all the same`);
  if (activity.usesSurveyDesign && !config?.survey) warnings.push(`no survey design ${config ? 'in the assessment' : '(no --config)'}: using the published defaults`);
  const built = activity.build(config);
  const prevalence = options.prevalence !== undefined && built.synthesis ? parsePrevalence(options.prevalence, prevalenceItems(built.synthesis).map((i) => i.field)) : {};
  const outDir = resolve(cwd, options.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UserError(`--out ${outDir} is a file; give a folder to write the CSV files into.`);
  const dataset = synthesize(built, {
    n, seed, prevalence,
    activity: { id: activity.id, version: activity.version },
    ...(options.injectErrors && { injectErrors: true }),
    ...(onProgress && { onProgress }),
  });
  const written = writeSyntheticDataset(outDir, dataset);
  return {
    activity: activity.id, version: activity.version, n, seed, outDir,
    files: written.map((w) => ({ file: relative(outDir, w.path), rows: w.rows })),
    ...(dataset.manifest && { injected: dataset.manifest.counts }),
    warnings,
  };
}

function printResult(result: SynthResult): void {
  console.log(`Wrote synthetic ${result.activity} ${result.version} data (${result.n} sample units, seed ${result.seed}) into ${result.outDir}:`);
  const width = Math.max(...result.files.map((f) => f.file.length));
  for (const f of result.files) console.log(`  ${f.file.padEnd(width)}  ${f.rows} ${f.file.endsWith('.json') ? 'injected errors' : 'rows'}`);
  if (result.injected) console.log(`Injected errors: ${Object.entries(result.injected).map(([code, count]) => `${code} ${count}`).join(', ')}`);
  for (const warning of result.warnings) console.log(`warning: ${warning}`);
}

export function registerSynth(program: Command): void {
  program
    .command('synth <activity>')
    .description('write seeded synthetic data for an activity: one CSV per record type, a stratified clustered sample with design weights')
    .requiredOption('--out <dir>', 'folder to write <record>.csv files into (created if needed)')
    .option('--n <units>', 'sample units to draw (households for the household survey)', '1000')
    .option('--seed <number>', 'random seed: the same seed writes the same bytes', '1')
    .option('--config <assessment>', 'assessment.json (or its folder): age range, strata, lists and design variable names')
    .option('--inject-errors', 'inject a known number of each kind of data error and list them in errors-manifest.json')
    .option('--prevalence <item=share,...>', 'share answering "yes" to these items, e.g. ocsea_threatened=0.1')
    .option('--json', 'print what was written as JSON')
    .action(async (activity: string, flags: { out: string; n: string; seed: string; config?: string; injectErrors?: boolean; prevalence?: string; json?: boolean }) => {
      const progress = process.stderr.isTTY && !flags.json ? (done: number, total: number) => process.stderr.write(`\rgenerating ${Math.round((100 * done) / total)}%`) : undefined;
      const result = await runSynth({ activity, ...flags }, loadActivities, process.cwd(), progress);
      if (progress) process.stderr.write('\r\x1b[K');
      if (flags.json) console.log(JSON.stringify(result, null, 2));
      else printResult(result);
    });
}
