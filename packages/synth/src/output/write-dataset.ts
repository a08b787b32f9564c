import { join } from 'node:path';
import { writeFilesAtomically } from '@dh/core';
import type { SyntheticDataset } from '../synthesize.js';
import { tableToCsv } from './synthetic-table.js';

export interface WrittenFile {
  readonly path: string;
  /** Data rows (CSV) or listed errors (manifest). */
  readonly rows: number;
}

/** Writes `<record type>.csv` for every table and, with injected errors, `errors-manifest.json`. */
export function writeSyntheticDataset(dir: string, dataset: SyntheticDataset): WrittenFile[] {
  const files = dataset.tables.map((table) => ({ path: table.file, content: tableToCsv(table), rows: table.rows.length }));
  if (dataset.manifest)
    files.push({
      path: 'errors-manifest.json',
      content: `${JSON.stringify(dataset.manifest, null, 2)}\n`,
      rows: dataset.manifest.errors.length,
    });
  writeFilesAtomically(dir, files);
  return files.map((f) => ({ path: join(dir, f.path), rows: f.rows }));
}
