import { writeGeneratedFiles } from '@dh/core';
import { comparisonCsv } from '../format/comparison-csv.js';
import { comparisonHtml } from '../format/comparison-html.js';
import type { ResultsFormat } from '../results/write-results.js';
import type { Comparison } from './comparison-schema.js';

export const COMPARISON_FILES: Readonly<Record<ResultsFormat, string>> = {
  json: 'comparison.json',
  csv: 'comparison.csv',
  html: 'comparison.html',
};

export function renderComparison(comparison: Comparison, format: ResultsFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(comparison, null, 2)}\n`;
    case 'csv':
      return comparisonCsv(comparison);
    case 'html':
      return comparisonHtml(comparison);
  }
}

/** Writes the chosen formats atomically into `outDir`. */
export function writeComparison(outDir: string, comparison: Comparison, formats: readonly ResultsFormat[]): string[] {
  const files = formats.map((format) => ({ path: COMPARISON_FILES[format], content: renderComparison(comparison, format) }));
  writeGeneratedFiles(outDir, files);
  return files.map((f) => f.path);
}
