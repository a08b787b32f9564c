import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import {
  analyzeAssessment,
  compareResults,
  loadOrAnalyze,
  readAssessmentConfig,
  RESULTS_FILES,
  writeComparison,
  writeResults,
  type AnalysisResults,
  type Comparison,
} from '@dh/analysis';
import { IssueCatalogue } from '@dh/core';
import { validateDataset } from '@dh/validate';
import { loadActivities } from '../activities.js';
import { buildExampleAssessment, DEMO_ASSESSMENT, EXAMPLE_ASSESSMENTS } from '../examples/example-assessments.js';
import { checkOutputFolder } from '../output-paths.js';
import { EXIT, UserError } from '../user-error.js';
import { publishedItemDefinitions, publishedVersionChanges } from '../versions/installed-snapshots.js';
import { headlineTable } from './headline-table.js';

export interface DemoOutcome {
  readonly assessmentDir: string;
  readonly validationErrors: number;
  readonly report: string;
  readonly comparison?: string;
  readonly results: AnalysisResults;
  readonly comparisonTable?: Comparison;
}

/** The bundled examples, found by walking up from this file (absent when dh is installed elsewhere). */
function findExamples(): string[] {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidates = EXAMPLE_ASSESSMENTS.map((e) => join(dir, 'examples', e.iso.toLowerCase()));
    if (candidates.every((c) => existsSync(join(c, 'assessment.json')))) return candidates;
    const parent = dirname(dir);
    if (parent === dir) return [];
    dir = parent;
  }
}

/**
 * `dh demo`: the whole job end to end on synthetic data: scaffold a fresh assessment,
 * generate its data, validate it, analyse it, compare it with the bundled examples.
 */
export async function runDemo(options: { dir?: string }, log: (line: string) => void): Promise<DemoOutcome> {
  const root = options.dir ? checkOutputFolder(options.dir, process.cwd(), '--dir') : mkdtempSync(join(tmpdir(), 'dh-demo-'));
  mkdirSync(root, { recursive: true });
  const activities = await loadActivities();
  log(`1/5 Scaffolding ${DEMO_ASSESSMENT.name} (${DEMO_ASSESSMENT.iso}, fictional) in ${root}`);
  const created = await buildExampleAssessment(root, `assessments/${DEMO_ASSESSMENT.iso.toLowerCase()}`, DEMO_ASSESSMENT);
  const assessmentDir = join(root, created.directory);
  log(`2/5 Generated synthetic data: ${created.dataFiles.join(', ')}`);
  const read = readAssessmentConfig(assessmentDir, activities);
  if ('message' in read) throw new UserError(read.message.split('\n'));
  let validationErrors = 0;
  for (const activity of activities.filter((a) => read.config.activities[a.id] && existsSync(join(assessmentDir, 'data', a.id)))) {
    const result = await validateDataset({
      activity: activity.build(read.config),
      catalogue: IssueCatalogue.of([activity]),
      files: join(assessmentDir, 'data', activity.id),
      activityLabel: `${activity.id}@${activity.version}`,
    });
    validationErrors += result.totals.error;
    log(
      `3/5 Validated ${activity.id}: ${result.totals.rows} rows in ${result.files.length} files, ${result.totals.error} errors, ${result.totals.warning} warnings`,
    );
  }
  const outcome = await analyzeAssessment(assessmentDir, { activities });
  if (outcome.status === 'failure') throw new UserError(outcome.message.split('\n'));
  const written = writeResults(join(assessmentDir, 'results'), outcome.results, ['json', 'csv', 'html']);
  log(`4/5 Analysed: ${outcome.results.estimates.length} estimates, ${written.length} files written to ${join(assessmentDir, 'results')}`);
  const report = join(assessmentDir, 'results', RESULTS_FILES.html);
  const examples = findExamples();
  let comparison: string | undefined;
  let comparisonTable: Comparison | undefined;
  if (examples.length > 0) {
    const others: AnalysisResults[] = [];
    for (const dir of examples) {
      const loaded = await loadOrAnalyze(dir, activities);
      if (loaded.status === 'success') others.push(loaded.results);
    }
    comparisonTable = compareResults([outcome.results, ...others], {
      versionChanges: publishedVersionChanges(),
      itemDefinitions: publishedItemDefinitions(),
    });
    writeComparison(join(root, 'comparison'), comparisonTable, ['json', 'csv', 'html']);
    comparison = join(root, 'comparison', 'comparison.html');
    const refused = comparisonTable.rows.flatMap((r) => r.cells).find((c) => !c.comparable && c.reason);
    log(
      `5/5 Compared with ${others.map((r) => r.assessment.country).join(', ')}${refused ? `; refused where not comparable, e.g. ${refused.reason}` : ''}`,
    );
  } else {
    log('5/5 No bundled examples found beside this installation: comparison skipped.');
  }
  return {
    assessmentDir,
    validationErrors,
    report,
    results: outcome.results,
    ...(comparison && { comparison }),
    ...(comparisonTable && { comparisonTable }),
  };
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'run the whole job end to end on a fresh fictional assessment: scaffold, synthesise, validate, analyse, compare with the examples',
    )
    .option('--dir <folder>', 'where to put the demo workspace (default: a new temporary folder)')
    .action(async (flags: { dir?: string }) => {
      const outcome = await runDemo(flags, (line) => console.log(line));
      console.log('');
      console.log(`National report (one offline page): ${outcome.report}`);
      if (outcome.comparison) console.log(`Cross-country table:                ${outcome.comparison}`);
      console.log('');
      console.log(headlineTable(outcome.results));
      process.exitCode = outcome.validationErrors > 0 ? EXIT.dataErrors : EXIT.ok;
    });
}
