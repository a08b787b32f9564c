import { relative } from 'node:path';
import type { Command } from 'commander';
import type { ActivityDefinition, AssessmentConfig, BuiltActivity, ReferenceYears } from '@dh/core';
import { prevalenceItems, synthesize, writeSyntheticDataset } from '@dh/synth';
import { loadActivities, notInstalled } from '../activities.js';
import { loadAssessment, refuseConflictingPins } from '../assessment.js';
import { checkOutputFolder } from '../output-paths.js';
import { UserError } from '../user-error.js';
import { wholeNumber } from '../whole-number.js';

export interface SynthOptions {
  readonly activity: string;
  readonly n: string;
  readonly seed: string;
  readonly out: string;
  /** An assessment.json file, or the assessment folder holding it. */
  readonly config?: string;
  readonly injectErrors?: boolean;
  /** Write into a folder that already holds files, replacing files of the same names. */
  readonly force?: boolean;
  /** `item=share,item=share`. */
  readonly prevalence?: string;
  /** `2017-2021`: reference years other than the assessment's, for activities of figures per year. */
  readonly years?: string;
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
  /** The assessment.json used, or null: the published defaults. */
  readonly config: string | null;
  readonly warnings: readonly string[];
}

/** `item=share,…` checked against the items the activity's plan lets a user set. */
function parsePrevalence(text: string, settable: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const match = /^([A-Za-z_][\w.-]*)=(\d*\.?\d+)$/.exec(part);
    if (!match?.[1] || match[2] === undefined)
      throw new UserError(
        `--prevalence: "${part}" is not item=share; write e.g. --prevalence ocsea_threatened=0.1,ocsea_sexual_comments=0.2`,
      );
    const share = Number(match[2]);
    if (!settable.includes(match[1]))
      throw new UserError(`--prevalence: "${match[1]}" has no prevalence to set. Items with one: ${settable.join(', ')}`);
    if (share > 1) throw new UserError(`--prevalence: the share for ${match[1]} must be between 0 and 1, not ${match[2]}`);
    out[match[1]] = share;
  }
  return out;
}

/** `2017-2021` (or one year, `2021`) as a span of years. */
function parseYears(text: string): ReferenceYears {
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(text);
  if (!match?.[1]) throw new UserError(`--years: "${text}" is not a span of years; write e.g. --years 2017-2021`);
  return { from: Number(match[1]), to: Number(match[2] ?? match[1]) };
}

/** The activity built for --years, or a refusal naming the activities that take it. */
function builtForYears(
  activity: ActivityDefinition,
  installed: readonly ActivityDefinition[],
  config: AssessmentConfig | undefined,
  text: string,
): BuiltActivity {
  const years = parseYears(text);
  if (!activity.buildForYears) {
    const taking = installed.filter((a) => a.buildForYears).map((a) => a.id);
    throw new UserError(
      `--years: ${activity.id} has no reference years; it applies to activities of figures per year: ${taking.join(', ') || 'none installed'}.`,
    );
  }
  const built = activity.buildForYears(config, years);
  if ('problem' in built) throw new UserError(`--years: ${built.problem}.`);
  return built;
}

function findSynthesisable(id: string, installed: readonly ActivityDefinition[]): ActivityDefinition {
  const activity = installed.find((a) => a.id === id);
  const able: string[] = installed.filter((a) => a.build().synthesis !== undefined).map((a) => a.id);
  if (!activity)
    throw new UserError(
      notInstalled(
        'synth',
        id,
        installed.map((a) => a.id),
      ),
    );
  if (!able.includes(id))
    throw new UserError(
      `${id} declares no synthesis plan, so dh cannot make synthetic data for it; activities that can be synthesised: ${able.join(', ') || 'none'}.`,
    );
  return activity;
}

/**
 * `dh synth`: seeded synthetic data for one activity, one CSV per record type (for
 * training, demos and tests; docs/methodology.md: only synthetic data is ever committed).
 */
export async function runSynth(
  options: SynthOptions,
  loadInstalled: () => Promise<readonly ActivityDefinition[]>,
  cwd = process.cwd(),
  onProgress?: (done: number, total: number) => void,
): Promise<SynthResult> {
  const n = wholeNumber('--n', options.n, 1, '1000');
  const seed = wholeNumber('--seed', options.seed, 0, '1');
  const installed = await loadInstalled();
  const assessment = options.config !== undefined ? loadAssessment(options.config, installed, cwd, '--config') : undefined;
  const config = assessment?.config;
  const activity = findSynthesisable(options.activity, installed);
  if (config) refuseConflictingPins([activity], config);
  const refusal = activity.refusal?.(config);
  if (refusal !== undefined) throw new UserError(`${activity.id}: no synthetic data are made, because ${refusal}`);
  const warnings: string[] = [];
  if (!config)
    warnings.push(`no --config: the data follow ${activity.id}'s published defaults (settings and answer lists), not an assessment's`);
  else if (!config.activities[activity.id])
    warnings.push(`the assessment does not run ${activity.id}: its published default settings are used, with the assessment's lists`);
  const built = options.years === undefined ? activity.build(config) : builtForYears(activity, installed, config, options.years);
  if (options.years !== undefined && config?.activities[activity.id])
    warnings.push(
      `--years overrides the reference years of ${assessment?.file ?? 'the assessment'}: dh validate with that assessment.json flags every figure outside its own years`,
    );
  const prevalence =
    options.prevalence !== undefined && built.synthesis
      ? parsePrevalence(
          options.prevalence,
          prevalenceItems(built.synthesis).map((i) => i.field),
        )
      : {};
  const outDir = checkOutputFolder(options.out, cwd, '--out', { fresh: true, force: options.force === true });
  const dataset = synthesize(built, {
    n,
    seed,
    prevalence,
    activity: { id: activity.id, version: activity.version },
    ...(options.injectErrors && { injectErrors: true }),
    ...(onProgress && { onProgress }),
  });
  const written = writeSyntheticDataset(outDir, dataset);
  return {
    activity: activity.id,
    version: activity.version,
    n,
    seed,
    outDir,
    files: written.map((w) => ({ file: relative(outDir, w.path), rows: w.rows })),
    ...(dataset.manifest && { injected: dataset.manifest.counts }),
    config: assessment?.file ?? null,
    warnings,
  };
}

function printResult(result: SynthResult): void {
  console.log(
    `Wrote synthetic ${result.activity} ${result.version} data (${result.n} sample units, seed ${result.seed}; config: ${result.config ?? 'none'}) into ${result.outDir}:`,
  );
  const width = Math.max(...result.files.map((f) => f.file.length));
  for (const f of result.files)
    console.log(`  ${f.file.padEnd(width)}  ${f.rows} ${f.file.endsWith('.json') ? 'injected errors' : 'rows'}`);
  if (result.injected)
    console.log(
      `Injected errors: ${Object.entries(result.injected)
        .map(([code, count]) => `${code} ${count}`)
        .join(', ')}`,
    );
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
    .option('--force', 'write into a folder that already holds files, replacing files of the same names')
    .option('--prevalence <item=share,...>', 'share answering "yes" to these items, e.g. ocsea_threatened=0.1')
    .option(
      '--years <from-to>',
      "statistics activities: the years to make figures for, e.g. 2017-2021 (default: the assessment's reference years)",
    )
    .option('--json', 'print what was written as JSON')
    .action(
      async (
        activity: string,
        flags: {
          out: string;
          n: string;
          seed: string;
          config?: string;
          injectErrors?: boolean;
          prevalence?: string;
          years?: string;
          force?: boolean;
          json?: boolean;
        },
      ) => {
        const progress =
          process.stderr.isTTY && !flags.json
            ? (done: number, total: number) => process.stderr.write(`\rgenerating ${Math.round((100 * done) / total)}%`)
            : undefined;
        const result = await runSynth({ activity, ...flags }, loadActivities, process.cwd(), progress);
        if (progress) process.stderr.write('\r\x1b[K');
        if (flags.json) console.log(JSON.stringify(result, null, 2));
        else printResult(result);
      },
    );
}
