import { join, relative } from 'node:path';
import type { Command } from 'commander';
import {
  analyzeAssessment,
  RESULTS_FORMATS,
  writeResults,
  type AnalysisProblem,
  type AnalysisResults,
  type AnalyzeOutcome,
  type ResultsFormat,
} from '@dh/analysis';
import { terminalSafe, type ActivityDefinition } from '@dh/core';
import { loadActivities } from '../activities.js';
import { loadAssessment } from '../assessment.js';
import { checkOutputFolder } from '../output-paths.js';
import { JOBS_FLAG, JOBS_HELP, jobsFlag, rowThreadsFor } from '../row-threads.js';
import { EXIT, UserError } from '../user-error.js';

export interface AnalyzeFlags {
  readonly format?: string;
  readonly out?: string;
  readonly exportAnalysisData?: boolean;
  readonly allowErrors?: boolean;
  readonly excerpts?: boolean;
  readonly json?: boolean;
  readonly jobs?: string;
}

export interface AnalyzeSummary {
  readonly assessment: string;
  readonly country: string;
  readonly outDir: string;
  readonly files: readonly string[];
  readonly indicators: { readonly estimated: number; readonly notComputed: number };
  readonly estimates: { readonly total: number; readonly suppressed: number; readonly lowReliability: number };
  readonly problems: readonly AnalysisProblem[];
  /** Excerpts published, where they were asked for. */
  readonly excerpts?: number;
}

/** `--format json,csv,html` (or repeated words); json when not given. */
export function parseFormats(text: string | undefined): ResultsFormat[] {
  if (text === undefined) return ['json'];
  const words = text.split(/[\s,]+/).filter((w) => w !== '');
  const unknown = words.filter((w) => !(RESULTS_FORMATS as readonly string[]).includes(w));
  if (unknown.length > 0 || words.length === 0)
    throw new UserError(`--format takes json, csv or html (comma-separated for several), not "${text}".`);
  // results.json is what dh compare and every later step read: it is always written.
  return [...new Set(['json', ...words] as ResultsFormat[])];
}

export async function runAnalyze(
  dirArg: string | undefined,
  flags: AnalyzeFlags,
  installed: () => Promise<readonly ActivityDefinition[]> = loadActivities,
  cwd = process.cwd(),
): Promise<AnalyzeSummary> {
  const formats = parseFormats(flags.format);
  const threads = jobsFlag(flags.jobs);
  const { dir } = loadAssessment(dirArg, await installed(), cwd);
  const outDir = checkOutputFolder(flags.out ?? join(dir, 'results'), cwd, '--out');
  const progress = process.stderr.isTTY ? (id: string) => process.stderr.write(`analysing ${id}…\n`) : undefined;
  // Threads sharing large files start now and load their code while the analysis opens the data.
  const pool = await rowThreadsFor(threads, [join(dir, 'data')]);
  let outcome: AnalyzeOutcome;
  try {
    outcome = await analyzeAssessment(dir, {
      activities: await installed(),
      keepAnalysisData: flags.exportAnalysisData === true,
      allowErrors: flags.allowErrors === true,
      excerpts: flags.excerpts === true,
      ...(progress && { onActivity: progress }),
      ...(pool && { rowThreads: pool }),
    });
  } finally {
    await pool?.close();
  }
  // The config was read and checked above; the analysis's own messages are dh's, one problem per line.
  if (outcome.status === 'failure') throw new UserError(outcome.message.split('\n'));
  const files = writeResults(outDir, outcome.results, formats, outcome.analysisData);
  return summarise(relative(cwd, dir) || '.', relative(cwd, outDir) || '.', files, outcome.results);
}

function summarise(assessment: string, outDir: string, files: readonly string[], results: AnalysisResults): AnalyzeSummary {
  const estimated = results.indicators.filter((i) => i.status === 'estimated').length;
  return {
    assessment,
    country: results.assessment.country,
    outDir,
    files,
    indicators: { estimated, notComputed: results.indicators.length - estimated },
    estimates: {
      total: results.estimates.length,
      suppressed: results.estimates.filter((e) => e.flags.includes('suppressed')).length,
      lowReliability: results.estimates.filter((e) => e.flags.includes('low-reliability')).length,
    },
    problems: results.problems,
    ...(results.excerpts !== undefined && { excerpts: results.excerpts.length }),
  };
}

/** Said on every run that publishes excerpts, whatever the output format. */
const excerptReminder = (count: number): string =>
  `dh: ${count} excerpt(s) published, as --excerpts asked: read them before the report leaves the team.\n`;

function print(summary: AnalyzeSummary): void {
  const { indicators, estimates } = summary;
  console.log(
    `Analysed ${summary.assessment} (${summary.country}): ${indicators.estimated} indicators estimated, ${indicators.notComputed} not computed; ${estimates.total} estimates (${estimates.suppressed} suppressed, ${estimates.lowReliability} less reliable).`,
  );
  const dataFiles = summary.files.filter((f) => f.startsWith('analysis-data/')).length;
  for (const file of summary.files.filter((f) => !f.startsWith('analysis-data/'))) console.log(`  wrote ${join(summary.outDir, file)}`);
  if (summary.excerpts !== undefined) process.stderr.write(excerptReminder(summary.excerpts));
  if (dataFiles > 0) {
    console.log(`  wrote ${join(summary.outDir, 'analysis-data')}/ (${dataFiles} files: a tidy CSV and an R script per indicator)`);
    process.stderr.write('dh: analysis-data/ holds row-level data: keep it on this machine, with the raw data.\n');
  }
  for (const p of summary.problems)
    process.stderr.write(`${p.severity}: ${p.indicator ? `${terminalSafe(p.indicator)}: ` : ''}${terminalSafe(p.message)}\n`);
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'compute every indicator of an assessment from its data: design-based estimates, disclosure control, results (JSON, CSV, HTML report)',
    )
    .argument('[assessment]', 'assessment folder or its assessment.json (default: the one the working folder is in)')
    .option('--format <formats>', 'csv, html or both, comma-separated, besides results.json, which is always written')
    .option('--out <folder>', 'where to write the results (default: results/ in the assessment)')
    .option(
      '--export-analysis-data',
      'also write, per indicator, the tidy analysis CSV and an R survey script that reproduces its estimates',
    )
    .option('--allow-errors', 'analyse data that have validation errors (the results say so, and how many rows were read)')
    .option(
      '--excerpts',
      'publish short excerpts of coded segments by theme (JSON and report): only those in which no personal identifier is found, only for themes whose count is shown; none without this flag',
    )
    .option(JOBS_FLAG, JOBS_HELP)
    .option('--json', 'print the summary as JSON')
    .action(async (dir: string, flags: AnalyzeFlags) => {
      const summary = await runAnalyze(dir, flags);
      if (flags.json && summary.excerpts !== undefined) process.stderr.write(excerptReminder(summary.excerpts));
      if (flags.json) console.log(JSON.stringify(summary, null, 2));
      else print(summary);
      process.exitCode = summary.problems.some((p) => p.severity === 'error') ? EXIT.dataErrors : EXIT.ok;
    });
}
