import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticDataset } from '../synthesize.js';
import { tableToCsv } from './synthetic-table.js';

export interface WrittenFile {
  readonly path: string;
  /** Data rows (CSV) or listed errors (manifest). */
  readonly rows: number;
}

function writeAtomically(path: string, content: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** Writes `<record type>.csv` for every table and, with injected errors, `errors-manifest.json`. */
export function writeSyntheticDataset(dir: string, dataset: SyntheticDataset): WrittenFile[] {
  mkdirSync(dir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const table of dataset.tables) {
    const path = join(dir, table.file);
    writeAtomically(path, tableToCsv(table));
    written.push({ path, rows: table.rows.length });
  }
  if (dataset.manifest) {
    const path = join(dir, 'errors-manifest.json');
    writeAtomically(path, `${JSON.stringify(dataset.manifest, null, 2)}\n`);
    written.push({ path, rows: dataset.manifest.errors.length });
  }
  return written;
}
