import { writeGeneratedFiles, type GeneratedFile } from '@dh/core';
import type { AnalysisData } from '../export/analysis-data.js';
import { analysisDataCsv } from '../export/analysis-data-csv.js';
import { domainColumns } from '../export/domain-columns.js';
import { rScript } from '../export/r-script.js';
import { resultsCsv } from '../format/results-csv.js';
import { resultsHtml } from '../format/results-html.js';
import { tablesCsv } from '../format/tables-csv.js';
import type { AnalysisResults } from './results-schema.js';

export type ResultsFormat = 'json' | 'csv' | 'html';

export const RESULTS_FORMATS: readonly ResultsFormat[] = ['json', 'csv', 'html'];

/** The file each format is written to, inside the output folder. */
export const RESULTS_FILES: Readonly<Record<ResultsFormat, string>> = { json: 'results.json', csv: 'results.csv', html: 'report.html' };

/** The CSV of the tables that are not estimates (one row per cell), written with results.csv. */
export const TABLES_CSV_FILE = 'tables.csv';

/** results.json, with NaN never reaching it (JSON has no NaN: the schema says null). */
export function resultsJson(results: AnalysisResults): string {
  return `${JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}

export function renderResults(results: AnalysisResults, format: ResultsFormat): string {
  switch (format) {
    case 'json':
      return resultsJson(results);
    case 'csv':
      return resultsCsv(results);
    case 'html':
      return resultsHtml(results);
  }
}

/** Per indicator, `analysis-data/<activity>/<indicator>.csv` and the R script beside it. */
export function analysisDataFiles(results: AnalysisResults, data: readonly AnalysisData[]): GeneratedFile[] {
  return data.flatMap((d) => {
    const taken = new Set(['stratum', 'psu', 'weight', 'in_universe', 'numerator', 'value']);
    const domains = d.domains.map((domain) => domainColumns(domain, d.universe.length, taken));
    const rows = results.estimates.filter((r) => r.activity === d.indicator.activity && r.indicator === d.indicator.id);
    const csvFile = `${d.indicator.id}.csv`;
    const folder = `analysis-data/${d.indicator.activity}`;
    return [
      { path: `${folder}/${csvFile}`, content: analysisDataCsv(d, domains) },
      {
        path: `${folder}/${d.indicator.id}.R`,
        content: rScript(d, domains, rows, csvFile, `${results.assessment.name} (${results.assessment.country})`),
      },
    ];
  });
}

/** Writes the chosen formats (and any analysis data) atomically: each file appears whole or not at all. */
export function writeResults(
  outDir: string,
  results: AnalysisResults,
  formats: readonly ResultsFormat[],
  data: readonly AnalysisData[] = [],
): string[] {
  const files: GeneratedFile[] = formats.map((format) => ({ path: RESULTS_FILES[format], content: renderResults(results, format) }));
  if (formats.includes('csv')) files.push({ path: TABLES_CSV_FILE, content: tablesCsv(results) });
  files.push(...analysisDataFiles(results, data));
  writeGeneratedFiles(outDir, files);
  return files.map((f) => f.path);
}
