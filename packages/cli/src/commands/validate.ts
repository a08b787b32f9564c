import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { findAssessmentDir, terminalSafe, type ActivityDefinition } from '@dh/core';
import {
  COLOUR_STYLE,
  formatReport,
  isReportFormat,
  listDataFiles,
  recogniseActivity,
  type ReportFormat,
  PLAIN_STYLE,
  REPORT_FORMATS,
  validateActivity,
  wantsColour,
  writeReportFile,
  type RowThreads,
  type ValidationProgress,
} from '@dh/validate';
import { loadActivities, loadActivity, notInstalled } from '../activities.js';
import { loadAssessment, refuseConflictingPins, type Assessment } from '../assessment.js';
import { dataFilesIn } from '../data-files.js';
import { checkOutputFile, shortPath } from '../output-paths.js';
import { UserError } from '../user-error.js';
import { wholeNumber } from '../whole-number.js';
import { JOBS_FLAG, JOBS_HELP, jobsFlag, rowThreadsFor } from '../row-threads.js';

const { version: toolVersion } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export interface ValidateOptions {
  readonly activity?: string;
  readonly record?: string;
  readonly config?: string;
  readonly format?: string;
  /** Shorthand for `--format json`. */
  readonly json?: boolean;
  readonly out?: string;
  readonly strict?: boolean;
  readonly examples: string;
  readonly maxSize?: string;
  readonly sheet?: string;
  readonly jobs?: string;
}

export interface ValidateEnvironment {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly loadInstalled: () => Promise<readonly ActivityDefinition[]>;
  /** The installed activity of this id alone ([] when none is): what a run that names its activity, outside an assessment, needs. */
  readonly loadActivity?: (id: string) => Promise<readonly ActivityDefinition[]>;
}

/** One activity's data to check: the activity, and the files or folders holding its data. */
interface Job {
  readonly activity: ActivityDefinition;
  readonly paths: readonly string[];
}

/** A path, or the files directly in a folder. */
function filesUnder(path: string): string[] {
  return existsSync(path) && statSync(path).isDirectory() ? readdirSync(path).map((name) => join(path, name)) : [path];
}

const holdsData = (dir: string): boolean => dataFilesIn(dir).length > 0;

/**
 * `dh validate`: checks data files against an installed activity, on this machine only, and
 * returns the exit code (0 no errors, 1 the data have errors, 2 nothing could be read).
 * Every report says which assessment.json was used; data are never passed unread.
 */
export async function runValidate(
  givenPaths: readonly string[],
  options: ValidateOptions,
  environment: ValidateEnvironment,
): Promise<number> {
  if (options.json === true && options.format !== undefined && options.format !== 'json')
    throw new UserError(`--json is short for --format json: give one or the other, not --json with --format ${options.format}.`);
  const format = options.json === true ? 'json' : (options.format ?? 'text');
  if (!isReportFormat(format)) throw new UserError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}".`);
  const examplesPerCode = wholeNumber('--examples', options.examples, 1);
  const maxBytes = options.maxSize === undefined ? undefined : wholeNumber('--max-size', options.maxSize, 1) * 1024 * 1024;
  const threads = jobsFlag(options.jobs);
  const dataPaths = givenPaths.map((p) => resolve(environment.cwd, p));
  for (const path of dataPaths)
    if (!existsSync(path)) throw new UserError(`${path} does not exist: give data files, a folder of them, or an assessment folder.`);
  // Started before the activities are loaded: threads sharing a large file load their code meanwhile.
  const pool = await rowThreadsFor(threads, dataPaths);
  try {
    return await validateJobs(givenPaths, dataPaths, options, environment, { format, examplesPerCode, maxBytes, pool });
  } finally {
    await pool?.close();
  }
}

/** The run planned and checked: each activity's data, then what an assessment left unchecked. */
async function validateJobs(
  givenPaths: readonly string[],
  dataPaths: readonly string[],
  options: ValidateOptions,
  environment: ValidateEnvironment,
  run: {
    readonly format: ReportFormat;
    readonly examplesPerCode: number;
    readonly maxBytes: number | undefined;
    readonly pool: RowThreads | undefined;
  },
): Promise<number> {
  const { format, examplesPerCode, maxBytes, pool } = run;
  const installed = await installedFor(options, dataPaths, environment);
  const assessment = findConfig(options.config, dataPaths, installed, environment.cwd);
  if (assessment) refuseConflictingPins(installed, assessment.config);
  const jobs = await plan(dataPaths, options.activity, installed, assessment, maxBytes);
  if (jobs.length > 1 && format !== 'text')
    throw new UserError(
      `${givenPaths[0] ?? ''} holds data of ${jobs.map((j) => j.activity.id).join(', ')}: choose one with --activity for --format ${format}.`,
    );
  if (jobs.length > 1 && options.out !== undefined)
    throw new UserError(
      `${givenPaths[0] ?? ''} holds data of ${jobs.map((j) => j.activity.id).join(', ')}: choose one with --activity to write its report with --out.`,
    );
  if (options.out !== undefined)
    checkOutputFile(options.out, environment.cwd, '--out', [
      ...jobs.flatMap((j) => j.paths.flatMap(filesUnder)),
      ...(assessment ? [assessment.file] : []),
    ]);
  let exitCode = 0;
  for (const job of jobs)
    exitCode = Math.max(
      exitCode,
      await validateJob(
        job,
        assessment,
        {
          ...options,
          reportFormat: format,
          examplesPerCode,
          ...(maxBytes !== undefined && { maxBytes }),
          ...(pool !== undefined && { rowThreads: pool }),
        },
        environment,
      ),
    );
  // A whole assessment checked: say which of its activities had nothing to check, so no one reads their silence as a pass.
  if (assessment && options.activity === undefined && dataPaths.length === 1 && dataPaths[0] === assessment.dir) {
    const unchecked = installed.filter((a) => assessment.config.activities[a.id] !== undefined && !jobs.some((j) => j.activity === a));
    const out = format === 'text' && options.out === undefined ? environment.stdout : environment.stderr;
    for (const activity of unchecked)
      out.write(
        `Not checked: ${activity.id} has no data files in ${terminalSafe(shownPath(join(assessment.dir, 'data', activity.id), environment.cwd))}/.\n`,
      );
  }
  return exitCode;
}

/**
 * The activities a run reads: the one --activity names, alone, when no assessment is involved (the
 * others' code is not loaded: a tenth of a second of every start); every installed one otherwise,
 * and when the name is not installed (the message lists them all).
 */
async function installedFor(
  options: ValidateOptions,
  dataPaths: readonly string[],
  environment: ValidateEnvironment,
): Promise<readonly ActivityDefinition[]> {
  const first = dataPaths[0];
  const outsideAssessment = options.config === undefined && (first === undefined || findAssessmentDir(first) === undefined);
  if (options.activity !== undefined && outsideAssessment && environment.loadActivity !== undefined) {
    const named = await environment.loadActivity(options.activity);
    if (named.length > 0) return named;
  }
  return environment.loadInstalled();
}

/** --config, else the assessment the data sit in (looking upward from the first path), else none. */
function findConfig(
  given: string | undefined,
  dataPaths: readonly string[],
  installed: readonly ActivityDefinition[],
  cwd: string,
): Assessment | undefined {
  if (given !== undefined) return loadAssessment(given, installed, cwd, '--config');
  const first = dataPaths[0];
  const dir = first === undefined ? undefined : findAssessmentDir(first);
  return dir === undefined ? undefined : loadAssessment(dir, installed, cwd);
}

/** Which activity's data each path holds: an assessment folder holds one folder per activity it runs. */
async function plan(
  dataPaths: readonly string[],
  wanted: string | undefined,
  installed: readonly ActivityDefinition[],
  assessment: Assessment | undefined,
  maxBytes: number | undefined,
): Promise<Job[]> {
  const named = wanted === undefined ? undefined : installed.find((a) => a.id === wanted);
  const ids = installed.map((a) => a.id);
  if (wanted !== undefined && !named) throw new UserError(notInstalled('--activity', wanted, ids));
  const [only] = dataPaths;
  if (dataPaths.length === 1 && only !== undefined && assessment?.dir === only)
    return assessmentJobs(assessment, named, installed, maxBytes);
  const activity = named ?? (await inferActivity(dataPaths, installed, assessment, maxBytes));
  return [{ activity, paths: dataPaths }];
}

/** An assessment folder: each activity it runs with data in data/<id>/, and any data files lying in the folder itself. */
async function assessmentJobs(
  assessment: Assessment,
  named: ActivityDefinition | undefined,
  installed: readonly ActivityDefinition[],
  maxBytes: number | undefined,
): Promise<Job[]> {
  const running = named ? [named] : installed.filter((a) => assessment.config.activities[a.id] !== undefined);
  const jobs: Job[] = running
    .filter((a) => holdsData(join(assessment.dir, 'data', a.id)))
    .map((a) => ({ activity: a, paths: [join(assessment.dir, 'data', a.id)] }));
  const loose = dataFilesIn(assessment.dir);
  if (loose.length > 0) {
    const recognised =
      running.length === 1
        ? undefined
        : await recogniseActivity(
            loose,
            running.map((a) => ({ id: a.id, built: buildActivity(a, assessment) })),
            maxBytes === undefined ? {} : { maxBytes },
          );
    const owner = running.length === 1 ? running[0] : running.find((a) => a.id === recognised?.activity);
    if (!owner)
      throw new UserError(
        `${assessment.dir} holds data files beside assessment.json, and the assessment runs ${running.map((a) => a.id).join(', ')}: move each activity's files into data/<activity>/, or name the activity with --activity.`,
      );
    const own = jobs.find((j) => j.activity === owner);
    if (own) jobs.splice(jobs.indexOf(own), 1, { activity: own.activity, paths: [...own.paths, ...loose] });
    else jobs.push({ activity: owner, paths: loose });
  }
  if (jobs.length === 0) {
    const where = running.map((a) => shortPath(join(assessment.dir, 'data', a.id))).join(', ');
    throw new UserError(
      `nothing to validate: ${assessment.dir} holds no data files (looked in ${where || 'data/'}). Put the partner's files in data/<activity>/ and run again; ${assessment.file} itself is a valid assessment config.`,
    );
  }
  return jobs;
}

/**
 * The activity of data given outside an assessment folder: from a data/<id>/ folder on the
 * path, the only one installed or run by the assessment, or else the files' headers (the
 * activity whose record types recognise every file).
 */
async function inferActivity(
  dataPaths: readonly string[],
  installed: readonly ActivityDefinition[],
  assessment: Assessment | undefined,
  maxBytes: number | undefined,
): Promise<ActivityDefinition> {
  const fromPath = installed.find((a) => dataPaths.every((p) => p.split(sep).includes(a.id)));
  if (fromPath) return fromPath;
  if (installed.length === 0)
    throw new UserError('no activity package is installed with this dh, so there is nothing to validate against.');
  const running = installed.filter((a) => assessment?.config.activities[a.id] !== undefined);
  const candidates = running.length > 0 ? running : installed;
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  const { files } = await listDataFiles(dataPaths);
  const recognition = await recogniseActivity(
    files,
    candidates.map((a) => ({ id: a.id, built: buildActivity(a, assessment) })),
    maxBytes === undefined ? {} : { maxBytes },
  );
  const recognised = candidates.find((a) => a.id === recognition.activity);
  if (recognised) return recognised;
  if (files.length > 0 && recognition.unreadable.length === files.length)
    throw new UserError(recognition.unreadable.map((p) => `${p.message} ${p.hint}`));
  const why =
    recognition.matching.length > 1
      ? `the headers fit ${recognition.matching.join(' and ')} alike`
      : `no one activity's record types match the headers of ${files.length === 1 ? 'this file' : 'all these files'}`;
  throw new UserError(
    `which activity these data belong to cannot be told (${why}): name it with --activity <id>, one of ${candidates.map((a) => a.id).join(', ')}.`,
  );
}

type JobOptions = ValidateOptions & {
  readonly reportFormat: ReportFormat;
  readonly examplesPerCode: number;
  readonly maxBytes?: number;
  readonly rowThreads?: RowThreads;
};

async function validateJob(
  job: Job,
  assessment: Assessment | undefined,
  options: JobOptions,
  environment: ValidateEnvironment,
): Promise<number> {
  const { activity } = job;
  const built = buildActivity(activity, assessment);
  if (options.record !== undefined && !built.recordTypes.some((r) => r.name === options.record)) {
    throw new UserError(
      `--record: ${activity.id} has no record type "${options.record}"; its record types are ${built.recordTypes.map((r) => r.name).join(', ')}.`,
    );
  }
  const progress = progressIndicator(environment);
  const report = await validateActivity({
    definition: activity,
    built,
    // Paths as the user knows them, so every message names the file the way they typed it.
    files: job.paths.map((p) => shownPath(p, environment.cwd)),
    toolVersion,
    strict: options.strict === true,
    examplesPerCode: options.examplesPerCode,
    ...(options.record !== undefined && { recordType: options.record }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.sheet !== undefined && { sheet: options.sheet }),
    ...(assessment && { config: assessment.config, configLabel: shownPath(assessment.file, environment.cwd) }),
    ...(progress && { onProgress: progress.update }),
    ...(options.rowThreads && { rowThreads: options.rowThreads }),
  });
  progress?.clear();
  if (options.out !== undefined) {
    const target = resolve(environment.cwd, options.out);
    await writeReportFile(target, formatReport(report, options.reportFormat));
    environment.stderr.write(
      `Report written to ${terminalSafe(target)}: ${report.totals.errors} errors, ${report.totals.warnings} warnings (exit code ${report.exitCode}).\n`,
    );
  } else {
    const style = wantsColour(environment.stdout, environment.env) ? COLOUR_STYLE : PLAIN_STYLE;
    environment.stdout.write(formatReport(report, options.reportFormat, { style }));
  }
  return report.exitCode;
}

/** A path relative to the working folder when it lies inside it, as the user would write it (absolute when the command runs elsewhere). */
function shownPath(path: string, cwd: string): string {
  return cwd === process.cwd() ? shortPath(path) : path;
}

function buildActivity(definition: ActivityDefinition, assessment: Assessment | undefined) {
  try {
    return definition.build(assessment?.config);
  } catch (error) {
    throw new UserError(`${definition.id} could not be set up${assessment ? ` with ${assessment.file}` : ''}: ${(error as Error).message}`);
  }
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
      environment.stderr.write(
        `\r\u001b[Kvalidating ${terminalSafe(p.file)} (file ${p.fileNumber} of ${p.fileCount}): ${p.rows.toLocaleString('en')} rows`,
      );
    },
    clear: () => {
      if (shown) environment.stderr.write('\r\u001b[K');
    },
  };
}

export function registerValidate(program: Command): void {
  program
    .command('validate <paths...>')
    .description('check data files (CSV, XLSX, JSON, NDJSON; a folder of them; or an assessment folder) against an activity, offline')
    .option('--activity <id>', 'the activity the data belongs to (needed when it cannot be told from the folder or the assessment)')
    .option('--record <type>', 'read every file as this record type instead of recognising it from its header')
    .option('--config <assessment>', 'assessment.json or its folder (default: the one the data sit in, found by looking upward)')
    .option('--format <format>', `report format: ${REPORT_FORMATS.join(', ')} (default: text)`)
    .option('--json', 'the report as JSON on standard output: short for --format json')
    .option('--out <file>', 'write the report to this file instead of the terminal')
    .option('--strict', 'treat warnings as errors (exit 1)')
    .option('--examples <n>', 'issues listed per issue code; the counts are always exact', '20')
    .option('--max-size <megabytes>', 'refuse data files larger than this')
    .option('--sheet <name>', 'the sheet to read in Excel workbooks (default: the first)')
    .option(JOBS_FLAG, JOBS_HELP)
    .action(async (paths: string[], flags: ValidateOptions) => {
      process.exitCode = await runValidate(paths, flags, {
        cwd: process.cwd(),
        env: process.env,
        stdout: process.stdout,
        stderr: process.stderr,
        loadInstalled: loadActivities,
        loadActivity,
      });
    });
}
