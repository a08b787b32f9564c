import { IssueCatalogue, type BuiltActivity, type IssueInput } from '@dh/core';
import { ColumnCollector } from '../dataset/column-collector.js';
import { listDataFiles } from '../files/list-data-files.js';
import { readProblemIssue } from '../issues/read-problem-issue.js';
import { DEFAULT_EXAMPLES_PER_CODE, IssueSink, type IssueSinkPart } from '../issues/issue-sink.js';
import { identifierScanOptions } from '../values/personal-identifier-values.js';
import { claimedRows, LEFT_TO_OTHERS, RecordChecker, type FileContext, type RowShare } from '../rows/record-checker.js';
import { RecordPlan } from '../rows/record-plan.js';
import { ajvWhenAsked } from '../values/field-validators.js';
import type { SkippedCheck } from '../dataset/dataset-rule-tables.js';
import { DatasetChecks } from './dataset-checks.js';
import { reportHeaderIssues } from './header-issues.js';
import { openFiles, type OpenedFile } from './open-files.js';
import { processingOrder } from './processing-order.js';
import type { RowCheckJob, RowThreads } from './row-threads.js';
import type { ValidationResult } from './validation-result.js';

export interface ValidationProgress {
  readonly file: string;
  /** Rows of this file read so far. */
  readonly rows: number;
  readonly fileNumber: number;
  readonly fileCount: number;
}

export interface ValidateDatasetOptions {
  readonly activity: BuiltActivity;
  /** Data files, or folders whose data files (.csv, .xlsx, .json, .ndjson…) are all read. */
  readonly files: string | readonly string[];
  /** Read every file as this record type instead of recognising it from the header. */
  readonly recordType?: string;
  /** How the activity is named in messages (its id and version). */
  readonly activityLabel?: string;
  /** Examples kept per issue code; totals are always exact. */
  readonly examplesPerCode?: number;
  /** Refuse files larger than this many bytes. */
  readonly maxBytes?: number;
  /** The sheet to read in workbooks (the first sheet by default). */
  readonly sheet?: string;
  /** Issues known before any data is read (e.g. activity-not-cleared): with an error among them, no file is read. */
  readonly preconditions?: readonly IssueInput[];
  readonly onProgress?: (progress: ValidationProgress) => void;
  /** Core's codes and the activity's own (`IssueCatalogue.of([definition])`); core's alone by default. */
  readonly catalogue?: IssueCatalogue;
  /** Fields to keep, by record type, as read: the data analysis estimates from (`result.collected`). */
  readonly collect?: ReadonlyMap<string, readonly string[]>;
  /** The country's national-ID formats and titles (assessment.json `personalData`), added to identifier detection. */
  readonly personalData?: { readonly idPatterns: readonly string[]; readonly titles: readonly string[] };
  /**
   * Threads that share the row checks of large files (`rowThreadPool` of `@dh/validate/threads`);
   * the result is the same with or without them. Should one fail, the data are read again here alone.
   */
  readonly rowThreads?: RowThreads;
}

/**
 * Validates partner data against an activity, streaming: each file is read batch by batch,
 * checked row by row, and only ids, links, design codes and dataset-rule columns are kept.
 * Never throws on bad data; every finding is an issue in the result.
 */
export async function validateDataset(options: ValidateDatasetOptions): Promise<ValidationResult> {
  if (options.rowThreads === undefined) return validateOnce(options);
  try {
    return await validateOnce(options);
  } catch (error) {
    if (!(error instanceof RowThreadFailure)) throw error;
    // The threads that answered with an error are idle, not ended: let them go before reading again.
    await releaseThreads(options.rowThreads);
    const { rowThreads: _failed, ...alone } = options;
    return validateOnce(alone);
  }
}

/** A row-checking thread failed (it could not start, or stopped): its share of rows is unchecked. */
class RowThreadFailure extends Error {}

/** Ends the idle row threads; a thread that fails to end costs memory, never the result. */
async function releaseThreads(threads: RowThreads | undefined): Promise<void> {
  await threads?.release?.().catch(() => undefined);
}

async function validateOnce(options: ValidateDatasetOptions): Promise<ValidationResult> {
  const { activity } = options;
  const identifiers = identifierScanOptions(options.personalData);
  const sink = new IssueSink(options.examplesPerCode ?? DEFAULT_EXAMPLES_PER_CODE, options.catalogue ?? IssueCatalogue.core, identifiers);
  const collector = new ColumnCollector(options.collect ?? new Map());
  const forced = options.recordType === undefined ? undefined : activity.recordTypes.find((r) => r.name === options.recordType);
  if (options.recordType !== undefined && forced === undefined) {
    throw new RangeError(`Record type "${options.recordType}" is not one of ${activity.recordTypes.map((r) => r.name).join(', ')}`);
  }
  for (const input of options.preconditions ?? []) sink.add(input);
  if (sink.totals.error > 0) return result(sink, [], [], collector);
  const paths = typeof options.files === 'string' ? [options.files] : options.files;
  const listed = await listDataFiles(paths);
  for (const folder of listed.emptyFolders) {
    sink.add({
      code: 'file-unreadable',
      file: folder,
      params: {
        detail: `The folder ${folder} holds no data file (.csv, .xlsx, .json or .ndjson).`,
        hint: 'Point to the folder that holds the exported data, or name the files one by one.',
      },
    });
  }
  const { opened, summaries } = await openFiles({
    files: listed.files,
    fromFolder: listed.fromFolder,
    recordTypes: activity.recordTypes,
    ...(forced !== undefined && { forcedRecordType: forced }),
    activityLabel: options.activityLabel ?? 'this activity',
    sink,
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.sheet !== undefined && { sheet: options.sheet }),
    codingFrames: activity.instruments.filter((i) => i.kind === 'coding-frame'),
  });
  return result(sink, summaries, await checkFiles(opened, listed.files, sink, options, collector), collector);
}

/**
 * Checks the opened files, link targets first, then the checks across rows; returns the checks
 * that could not run. Each file, and each step across files, is a stage of the run: issues are
 * reported in stage order, whichever thread found them.
 */
async function checkFiles(
  opened: readonly OpenedFile[],
  files: readonly string[],
  sink: IssueSink,
  options: ValidateDatasetOptions,
  collector: ColumnCollector,
): Promise<SkippedCheck[]> {
  const { activity } = options;
  const present = activity.recordTypes.filter((r) => opened.some((f) => f.map.recordType === r));
  const checks = new DatasetChecks(activity, present, files);
  const ajv = ajvWhenAsked();
  const plans = new Map(present.map((r) => [r.name, new RecordPlan(r, activity, ajv)]));
  let stage = 1;
  const steps = processingOrder(
    present.map((r) => r.name),
    activity.links,
  ).map((name) => ({
    name,
    files: opened.filter((f) => f.map.recordType.name === name).map((file) => ({ file, stage: stage++ })),
    stage: stage++,
  }));
  const elsewhere = shareRows(
    steps.flatMap((step) => step.files),
    sink,
    options,
  );
  const fileIndexOf = (file: string | undefined) => (file === undefined ? -1 : files.indexOf(file));
  // The checks across rows are raised at the stage after every file, the rules among them as soon as they can run.
  const rules = { sink, stage, fileIndexOf };
  const notJudged: SkippedCheck[] = [];
  for (const step of steps) {
    for (const { file, stage: fileStage } of step.files) {
      const plan = plans.get(step.name);
      const share = elsewhere.shares.get(file);
      if (plan) notJudged.push(...(await checkFile(file, fileStage, share, plan, checks, sink, options, files.length, collector)));
    }
    sink.at(step.stage, -1, 0);
    checks.recordTypeDone(step.name, { ...rules, moreToRead: step !== steps.at(-1) });
  }
  // The other threads' examples are put in place by position, so they may be absorbed before the checks across rows;
  // the threads end first, so their heaps are not held while the links, design and last rules are judged.
  for (const part of await elsewhere.parts()) sink.absorb(part);
  await releaseThreads(options.rowThreads);
  sink.at(stage, -1, 0);
  return [...checks.finish(rules), ...notJudged];
}

/**
 * Hands large files to the row threads, in the order they are read here, to check the blocks of
 * rows they claim; returns this thread's part in each file's sharing and the parts the threads send back.
 */
function shareRows(
  files: readonly { readonly file: OpenedFile; readonly stage: number }[],
  sink: IssueSink,
  options: ValidateDatasetOptions,
): { shares: ReadonlyMap<OpenedFile, RowShare>; parts: () => Promise<IssueSinkPart[]> } {
  const threads = options.rowThreads;
  const shares = new Map<OpenedFile, RowShare>();
  const pending: Promise<IssueSinkPart>[] = [];
  if (threads === undefined) return { shares, parts: () => Promise.resolve([]) };
  const issues = sink.catalogue.definitions.filter((d) => !IssueCatalogue.core.has(d.code));
  for (const { file, stage } of files) {
    const sharing = threads.sharingFor(file.table.file, file.table.format);
    if (sharing === undefined) continue;
    const { block, claims, read } = sharing;
    shares.set(file, { thread: 1, block, claims, read });
    for (let thread = 2; thread <= sharing.threads; thread++) {
      const job: RowCheckJob = {
        file: file.table.file,
        fileIndex: file.index,
        stage,
        map: file.map,
        activity: { consent: options.activity.consent, recordRules: options.activity.recordRules },
        issues,
        ...(options.personalData !== undefined && { personalData: options.personalData }),
        examplesPerCode: sink.examplesPerCode,
        ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
        ...(options.sheet !== undefined && { sheet: options.sheet }),
        share: { thread, block, claims, read },
      };
      const answer = threads.check(job);
      // Settled here too, so a thread that fails while this one still reads is no unhandled rejection.
      answer.catch(() => undefined);
      pending.push(answer);
    }
  }
  return {
    shares,
    parts: async () => {
      const parts = await Promise.all(pending).catch((error: unknown) => {
        throw new RowThreadFailure(error instanceof Error ? error.message : String(error));
      });
      // A block the reading thread left that no other thread reached (its read of the file ended sooner: the file
      // changed meanwhile) was checked by no one: the data are read again on one thread, as when a thread fails.
      for (const [file, share] of shares)
        if (share.claims.includes(LEFT_TO_OTHERS))
          throw new RowThreadFailure(`rows of ${file.table.file} left to another thread were not reached by it`);
      return parts;
    },
  };
}

/** Reads and checks one file; returns the checks that could not run on it. */
async function checkFile(
  file: OpenedFile,
  stage: number,
  share: RowShare | undefined,
  plan: RecordPlan,
  checks: DatasetChecks,
  sink: IssueSink,
  options: ValidateDatasetOptions,
  fileCount: number,
  collector: ColumnCollector,
): Promise<SkippedCheck[]> {
  const context: FileContext = { file: file.table.file, fileIndex: file.index, sink, stage };
  sink.at(stage, -1, 0);
  reportHeaderIssues(file.map, context, file.table.rowUnit === 'row' ? 1 : undefined);
  const collecting = collector.observerFor(file.map, context);
  const observers = [...checks.observersFor(file.map, context, plan), ...(collecting ? [collecting] : [])];
  const checker = new RecordChecker(plan, file.map, context, observers, share);
  // Of the rows other threads check, only the cells the observers read are split (the rest counted: a ragged row is reported here).
  const selection = share && claimedRows(share, checker.cellsRead);
  for await (const batch of file.table.rows(selection)) {
    // Reported before the batch's rows are checked: before every issue of those rows, whichever thread finds it.
    sink.at(stage, checker.rowsSeen, -1);
    for (const problem of batch.problems) sink.addIssue(readProblemIssue(problem, 'rows'), file.index);
    checker.checkRows(batch.rows, batch.rowNumbers);
    file.summary.rows += batch.rows.length;
    if (batch.stopped) {
      file.summary.status = 'incomplete';
      file.summary.note = 'reading stopped at a problem; later rows were not checked';
    }
    options.onProgress?.({ file: file.table.file, rows: file.summary.rows, fileNumber: file.index + 1, fileCount });
  }
  // Every block is claimed now, unless some were left to the others: threads still reading the file for blocks they did not get may stop.
  if (share && selection?.leftToOthers === 0) Atomics.store(share.read, 0, 1);
  sink.at(stage, Infinity, 0);
  // A header and nothing else passes every check: say so, or an unfilled export reads as clean data.
  if (file.summary.rows === 0 && file.summary.status !== 'incomplete')
    sink.add({ code: 'no-data-rows', file: file.table.file, record: file.map.recordType.name }, file.index);
  return checker.layout.skipped.map((s) => ({ check: `${s.check} in ${file.table.file}`, reason: s.reason }));
}

function result(
  sink: IssueSink,
  files: ValidationResult['files'],
  skippedChecks: ValidationResult['skippedChecks'],
  collector: ColumnCollector,
): ValidationResult {
  const rows = files.reduce((sum, f) => sum + f.rows, 0);
  return {
    files,
    counts: sink.counts,
    issues: sink.examples,
    totals: { ...sink.totals, rows },
    examplesPerCode: sink.examplesPerCode,
    skippedChecks,
    catalogue: sink.catalogue,
    collected: collector.tables(),
  };
}
