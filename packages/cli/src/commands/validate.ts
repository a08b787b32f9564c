import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseAssessmentConfig, type ActivityDefinition, type AssessmentConfig } from '@dh/core';
import {
  buildReport,
  COLOUR_STYLE,
  DATA_FILE_EXTENSIONS,
  ethicalClearancePrecondition,
  formatReport,
  isReportFormat,
  PLAIN_STYLE,
  REPORT_FORMATS,
  validateDataset,
  wantsColour,
  writeReportFile,
  type ValidationProgress,
} from '@dh/validate';
import { loadActivities } from '../activities.js';
import { UserError } from '../user-error.js';

const { version: toolVersion } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export interface ValidateOptions {
  readonly activity?: string;
  readonly record?: string;
  readonly config?: string;
  readonly format: string;
  readonly out?: string;
  readonly strict?: boolean;
  readonly examples: string;
  readonly maxSize?: string;
  readonly sheet?: string;
}

export interface ValidateEnvironment {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly loadInstalled: () => Promise<readonly ActivityDefinition[]>;
}

/**
 * `dh validate`: checks a partner's files against an installed activity, on this machine
 * only, and returns the exit code (0 no errors, 1 the data has errors, 2 unreadable input).
 */
export async function runValidate(givenPaths: readonly string[], options: ValidateOptions, environment: ValidateEnvironment): Promise<number> {
  let paths = givenPaths;
  if (!isReportFormat(options.format)) throw new UserError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${options.format}".`);
  const examplesPerCode = wholeNumber('--examples', options.examples, 1);
  const maxBytes = options.maxSize === undefined ? undefined : wholeNumber('--max-size', options.maxSize, 1) * 1024 * 1024;
  const dataPaths = paths.map((p) => resolve(environment.cwd, p));
  const assessmentDir = assessmentFolder(dataPaths);
  const config = loadConfig(options.config ?? assessmentDir, dataPaths, environment.cwd);
  const definition = chooseActivity(await environment.loadInstalled(), options.activity, config?.config);
  const activity = buildActivity(definition, config);
  if (assessmentDir !== undefined) {
    // An assessment folder: its config is checked above; its data are in data/<activity>/.
    const dataDir = join(assessmentDir, 'data', definition.id);
    if (!hasDataFiles(dataDir)) {
      environment.stdout.write(`${join(assessmentDir, 'assessment.json')} is a valid assessment config. ${dataDir} holds no data files yet: nothing else to check.\n`);
      return 0;
    }
    paths = [join(paths[0] ?? '.', 'data', definition.id)];
  }
  if (options.record !== undefined && !activity.recordTypes.some((r) => r.name === options.record)) {
    throw new UserError(`--record: ${definition.id} has no record type "${options.record}"; its record types are ${activity.recordTypes.map((r) => r.name).join(', ')}.`);
  }
  const clearance = ethicalClearancePrecondition(definition, config?.config);
  const progress = progressIndicator(environment);
  const result = await validateDataset({
    activity,
    // Paths stay as the user typed them, so every message names the file the way they know it.
    files: paths.map((p) => (isAbsolute(p) || environment.cwd === process.cwd() ? p : resolve(environment.cwd, p))),
    activityLabel: `${definition.id} ${definition.version}`,
    examplesPerCode,
    ...(options.record !== undefined && { recordType: options.record }),
    ...(maxBytes !== undefined && { maxBytes }),
    ...(options.sheet !== undefined && { sheet: options.sheet }),
    ...(clearance !== undefined && { preconditions: [clearance] }),
    ...(progress && { onProgress: progress.update }),
  });
  progress?.clear();
  const report = buildReport(result, { toolVersion, activityId: definition.id, activityVersion: definition.version, strict: options.strict === true });
  if (options.out !== undefined) {
    const target = resolve(environment.cwd, options.out);
    await writeReportFile(target, formatReport(report, options.format));
    environment.stderr.write(`Report written to ${target}: ${report.totals.errors} errors, ${report.totals.warnings} warnings (exit code ${report.exitCode}).\n`);
  } else {
    const style = wantsColour(environment.stdout, environment.env) ? COLOUR_STYLE : PLAIN_STYLE;
    environment.stdout.write(formatReport(report, options.format, { style }));
  }
  return report.exitCode;
}

/** The one path given, when it is an assessment folder (it holds assessment.json). */
function assessmentFolder(dataPaths: readonly string[]): string | undefined {
  const [only] = dataPaths;
  if (dataPaths.length !== 1 || only === undefined) return undefined;
  return existsSync(join(only, 'assessment.json')) && statSync(only).isDirectory() ? only : undefined;
}

function hasDataFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => DATA_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)));
}

interface LoadedConfig {
  readonly config: AssessmentConfig;
  readonly file: string;
}

/** The given assessment.json (or its folder); else the first assessment.json in the data folder or one of its parents. */
function loadConfig(option: string | undefined, dataPaths: readonly string[], cwd: string): LoadedConfig | undefined {
  if (option !== undefined) {
    const target = resolve(cwd, option);
    const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'assessment.json') : target;
    if (!existsSync(file)) throw new UserError(`--config: ${file} does not exist; give an assessment.json file or the assessment folder holding it.`);
    return readConfig(file);
  }
  const first = dataPaths[0];
  if (first === undefined) return undefined;
  let folder = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
  for (;;) {
    const candidate = join(folder, 'assessment.json');
    if (existsSync(candidate)) return readConfig(candidate);
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function readConfig(file: string): LoadedConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`could not read the assessment config ${file}: ${(error as Error).message}. Fix the file, or name another with --config.`);
  }
  const parsed = parseAssessmentConfig(json);
  if (parsed.status === 'failure') {
    throw new UserError(`${file} is not a valid assessment config:\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}\nFix it, or name another with --config.`);
  }
  return { config: parsed.config, file };
}

/** --activity, else the only installed activity, else the only installed one the assessment runs. */
function chooseActivity(installed: readonly ActivityDefinition[], wanted: string | undefined, config: AssessmentConfig | undefined): ActivityDefinition {
  const ids = installed.map((a) => a.id).join(', ') || 'none';
  if (wanted !== undefined) {
    const found = installed.find((a) => a.id === wanted);
    if (!found) throw new UserError(`--activity: "${wanted}" is not installed with this dh; installed activities: ${ids}.`);
    return found;
  }
  if (installed.length === 1 && installed[0]) return installed[0];
  const running = installed.filter((a) => config?.activities[a.id] !== undefined);
  if (running.length === 1 && running[0]) return running[0];
  if (installed.length === 0) throw new UserError('no activity package is installed with this dh, so there is nothing to validate against.');
  throw new UserError(`several activities are installed (${ids}): name the one this data belongs to with --activity <id>.`);
}

function buildActivity(definition: ActivityDefinition, config: LoadedConfig | undefined) {
  try {
    return definition.build(config?.config);
  } catch (error) {
    const where = config ? ` with ${config.file}` : '';
    throw new UserError(`${definition.id} could not be set up${where}: ${(error as Error).message}`);
  }
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) throw new UserError(`${flag} must be a whole number of at least ${min}, not "${text}".`);
  return value;
}

/** Rows read so far on stderr, on a terminal only, and only once a run has lasted a second. */
function progressIndicator(environment: ValidateEnvironment): { update: (p: ValidationProgress) => void; clear: () => void } | undefined {
  if (environment.stderr.isTTY !== true) return undefined;
  const started = Date.now();
  let shownAt = 0;
  let shown = false;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - started < 1000 || now - shownAt < 200) return;
      shownAt = now;
      shown = true;
      environment.stderr.write(`\r\u001b[Kvalidating ${p.file} (file ${p.fileNumber} of ${p.fileCount}): ${p.rows.toLocaleString('en')} rows`);
    },
    clear: () => {
      if (shown) environment.stderr.write('\r\u001b[K');
    },
  };
}

export function registerValidate(program: Command): void {
  program
    .command('validate <paths...>')
    .description('check data files (CSV, XLSX, JSON, NDJSON; or a folder of them) against an activity, offline: exit 0 no errors, 1 the data has errors, 2 input unreadable')
    .option('--activity <id>', 'the activity the data belongs to (needed when several are installed)')
    .option('--record <type>', 'read every file as this record type instead of recognising it from its header')
    .option('--config <assessment>', 'assessment.json (or its folder); by default the first found in the data folder or above it')
    .option('--format <format>', `report format: ${REPORT_FORMATS.join(', ')}`, 'text')
    .option('--out <file>', 'write the report to this file (atomically) instead of the terminal')
    .option('--strict', 'treat warnings as errors (exit 1)')
    .option('--examples <n>', 'issues listed per issue code (the counts are always exact)', '20')
    .option('--max-size <megabytes>', 'refuse data files larger than this')
    .option('--sheet <name>', 'the sheet to read in Excel workbooks (default: the first)')
    .action(async (paths: string[], flags: ValidateOptions) => {
      process.exitCode = await runValidate(paths, flags, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, loadInstalled: loadActivities });
    });
}
