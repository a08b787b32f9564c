import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActivityDefinition } from '@dh/core';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import { RESULTS_FILES } from '../results/write-results.js';
import { AnalysisResultsSchema, type AnalysisResults } from '../results/results-schema.js';

export type LoadedResults =
  | { readonly status: 'success'; readonly results: AnalysisResults; readonly source: 'results' | 'analysed'; readonly note?: string }
  | { readonly status: 'failure'; readonly message: string };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function newestInput(dir: string): Promise<number> {
  let newest = (await stat(join(dir, 'assessment.json')).catch(() => undefined))?.mtimeMs ?? 0;
  const data = join(dir, 'data');
  for (const activity of await readdir(data, { withFileTypes: true }).catch(() => [])) {
    if (!activity.isDirectory()) continue;
    for (const file of await readdir(join(data, activity.name)).catch(() => [])) {
      newest = Math.max(newest, (await stat(join(data, activity.name, file)).catch(() => undefined))?.mtimeMs ?? 0);
    }
  }
  return newest;
}

/**
 * An assessment's results: `results/results.json` when it is valid and newer than the
 * config and data, else the analysis run afresh (in memory; nothing is written to the
 * assessment).
 */
export async function loadOrAnalyze(dir: string, activities: readonly ActivityDefinition[]): Promise<LoadedResults> {
  const file = join(dir, 'results', RESULTS_FILES.json);
  const info = await stat(file).catch(() => undefined);
  let note: string | undefined;
  if (info) {
    const parsed = AnalysisResultsSchema.safeParse(parseJson(await readFile(file, 'utf8').catch(() => 'null')));
    if (!parsed.success) note = `${file} is not valid dh results: analysed again.`;
    else if (info.mtimeMs < (await newestInput(dir))) note = `${file} is older than the assessment's config or data: analysed again.`;
    else return { status: 'success', results: parsed.data, source: 'results' };
  }
  const outcome = await analyzeAssessment(dir, { activities });
  if (outcome.status === 'failure') return outcome;
  return { status: 'success', results: outcome.results, source: 'analysed', ...(note !== undefined && { note }) };
}
