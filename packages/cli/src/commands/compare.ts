import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { compareResults, loadOrAnalyze, writeComparison, type AnalysisResults, type Comparison } from '@dh/analysis';
import { terminalSafe, type ActivityDefinition } from '@dh/core';
import { loadActivities } from '../activities.js';
import { loadAssessment } from '../assessment.js';
import { checkOutputFolder } from '../output-paths.js';
import { parseFormats } from './analyze.js';
import { EXIT, UserError } from '../user-error.js';
import { publishedVersionChanges } from '../versions/installed-snapshots.js';

export interface CompareFlags {
  readonly format?: string;
  readonly out?: string;
  readonly json?: boolean;
}

export interface CompareSummary {
  readonly countries: readonly string[];
  readonly outDir: string;
  readonly files: readonly string[];
  readonly rows: number;
  /** Each reason a cell was refused, with how many cells it refused. */
  readonly refusals: readonly { readonly reason: string; readonly cells: number }[];
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
  for (const dir of dirs) {
    const { dir: folder } = loadAssessment(dir, active, cwd, 'an assessment to compare');
    folders.push(folder);
    const loaded = await loadOrAnalyze(folder, active);
    if (loaded.status === 'failure') throw new UserError(loaded.message.split('\n'));
    if (loaded.note !== undefined) notes.push(loaded.note);
    else if (loaded.source === 'analysed')
      notes.push(`${dir} has no results yet: analysed it (nothing written there; run dh analyze ${dir} to keep them).`);
    all.push(loaded.results);
  }
  const comparison = compareResults(all, { versionChanges: publishedVersionChanges() });
  // Inside the reference assessment unless --out says otherwise: nothing lands in the working folder by surprise.
  const outDir = checkOutputFolder(flags.out ?? join(folders[0] ?? cwd, 'comparison'), cwd, '--out');
  const files = writeComparison(outDir, comparison, formats);
  return {
    countries: comparison.countries.map((c) => c.country),
    outDir: relative(cwd, outDir) || '.',
    files,
    rows: comparison.rows.length,
    refusals: refusals(comparison),
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
    .action(async (dirs: string[], flags: CompareFlags) => {
      const summary = await runCompare(dirs, flags);
      for (const note of summary.notes) process.stderr.write(`dh: ${terminalSafe(note)}\n`);
      if (flags.json) console.log(JSON.stringify(summary, null, 2));
      else {
        console.log(`Compared ${summary.countries.join(', ')} (reference ${summary.countries[0] ?? ''}): ${summary.rows} rows.`);
        for (const file of summary.files) console.log(`  wrote ${summary.outDir}/${file}`);
        for (const r of summary.refusals) console.log(`  not comparable in ${r.cells} cell(s): ${r.reason}`);
      }
      process.exitCode = EXIT.ok;
    });
}
