import { join, relative } from 'node:path';
import type { Command } from 'commander';
import {
  compareResults,
  harmoniseWithReference,
  loadOrAnalyze,
  writeComparison,
  type AnalysisResults,
  type Comparison,
  type Harmonisation,
  type NotHarmonised,
} from '@dh/analysis';
import { terminalSafe, type ActivityDefinition, type AssessmentConfig } from '@dh/core';
import { loadActivities } from '../activities.js';
import { loadAssessment } from '../assessment.js';
import { checkOutputFolder } from '../output-paths.js';
import { parseFormats } from './analyze.js';
import { EXIT, UserError } from '../user-error.js';
import { publishedItemDefinitions, publishedVersionChanges } from '../versions/installed-snapshots.js';

export interface CompareFlags {
  readonly format?: string;
  readonly out?: string;
  readonly json?: boolean;
  /** Re-estimate a country whose population contains the reference's on the common population, from its own data. */
  readonly harmonise?: boolean;
}

export interface CompareSummary {
  readonly countries: readonly string[];
  readonly outDir: string;
  readonly files: readonly string[];
  readonly rows: number;
  /** Each reason a cell was refused, with how many cells it refused. */
  readonly refusals: readonly { readonly reason: string; readonly cells: number }[];
  /** With --harmonise: each activity re-estimated on the reference's population, and how. */
  readonly harmonised: readonly Harmonisation[];
  readonly notes: readonly string[];
}

export async function runCompare(
  dirs: readonly string[],
  flags: CompareFlags,
  installed: () => Promise<readonly ActivityDefinition[]> = loadActivities,
  cwd = process.cwd(),
): Promise<CompareSummary> {
  const formats = parseFormats(flags.format);
  if (dirs.length < 2)
    throw new UserError('dh compare needs at least two assessment folders; the first is the reference the others are checked against.');
  const all: AnalysisResults[] = [];
  const notes: string[] = [];
  const active = await installed();
  const folders: string[] = [];
  const configs: AssessmentConfig[] = [];
  for (const dir of dirs) {
    const { dir: folder, config } = loadAssessment(dir, active, cwd, 'an assessment to compare');
    folders.push(folder);
    configs.push(config);
    const loaded = await loadOrAnalyze(folder, active);
    if (loaded.status === 'failure') throw new UserError(loaded.message.split('\n'));
    if (loaded.note !== undefined) notes.push(loaded.note);
    else if (loaded.source === 'analysed')
      notes.push(`${dir} has no results yet: analysed it (nothing written there; run dh analyze ${dir} to keep them).`);
    all.push(loaded.results);
  }
  const harmonised: Harmonisation[] = [];
  const notHarmonised: NotHarmonised[] = [];
  const [reference, referenceConfig] = [all[0], configs[0]];
  if (flags.harmonise === true && reference !== undefined && referenceConfig !== undefined)
    for (let i = 1; i < all.length; i++) {
      const [results, config, dir] = [all[i], configs[i], folders[i]];
      if (results === undefined || config === undefined || dir === undefined) continue;
      const outcome = await harmoniseWithReference({ results: reference, config: referenceConfig }, { results, config, dir }, active);
      all[i] = outcome.results;
      harmonised.push(...outcome.harmonised);
      notHarmonised.push(...outcome.notHarmonised);
    }
  const comparison = compareResults(all, {
    versionChanges: publishedVersionChanges(),
    itemDefinitions: publishedItemDefinitions(),
    harmonised,
    notHarmonised,
  });
  // Inside the reference assessment unless --out says otherwise: nothing lands in the working folder by surprise.
  const outDir = checkOutputFolder(flags.out ?? join(folders[0] ?? cwd, 'comparison'), cwd, '--out');
  const files = writeComparison(outDir, comparison, formats);
  return {
    countries: comparison.countries.map((c) => c.country),
    outDir: relative(cwd, outDir) || '.',
    files,
    rows: comparison.rows.length,
    refusals: refusals(comparison),
    harmonised,
    notes,
  };
}

function refusals(comparison: Comparison): CompareSummary['refusals'] {
  const counts = new Map<string, number>();
  for (const cell of comparison.rows.flatMap((r) => r.cells)) {
    if (!cell.comparable && cell.reason !== null) counts.set(cell.reason, (counts.get(cell.reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, cells]) => ({ reason, cells }));
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('put countries side by side where the indicator contracts say they are comparable, and say why wherever not')
    .argument('<assessment-dirs...>', 'assessment folders; the first is the reference')
    .option('--format <formats>', 'json, csv, html, or several comma-separated (default: json)')
    .option('--out <folder>', 'where to write the table (default: comparison/ in the first, reference assessment)')
    .option('--json', 'print the summary as JSON')
    .option(
      '--harmonise',
      "re-estimate a country whose population contains the reference's (ages 9–17 beside 12–17) on the common population, from its own data; labelled harmonised",
    )
    .action(async (dirs: string[], flags: CompareFlags) => {
      const summary = await runCompare(dirs, flags);
      for (const note of summary.notes) process.stderr.write(`dh: ${terminalSafe(note)}\n`);
      if (flags.json) console.log(JSON.stringify(summary, null, 2));
      else {
        console.log(`Compared ${summary.countries.join(', ')} (reference ${summary.countries[0] ?? ''}): ${summary.rows} rows.`);
        for (const h of summary.harmonised) console.log(`  ${h.country} ${h.activity}: ${h.description}`);
        for (const file of summary.files) console.log(`  wrote ${summary.outDir}/${file}`);
        for (const r of summary.refusals) console.log(`  not comparable in ${r.cells} cell(s): ${r.reason}`);
      }
      process.exitCode = EXIT.ok;
    });
}
