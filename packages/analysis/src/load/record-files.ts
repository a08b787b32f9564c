import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DATA_FILE_EXTENSIONS } from '@dh/validate';

export interface RecordFiles {
  /** The file holding each record type that has one. */
  readonly files: ReadonlyMap<string, string>;
  /** Record types more than one file claims (`child.csv` and `child.xlsx`): none is read. */
  readonly ambiguous: ReadonlyMap<string, readonly string[]>;
}

/**
 * One file per record type, named after it (`child.csv`, `roster.xlsx`): the layout the
 * scaffolded `data/<activity>/README.md` asks for and `dh synth --out` writes. Hidden files
 * and office lock files are not data.
 */
export async function findRecordFiles(dataDir: string, recordTypes: readonly string[]): Promise<RecordFiles> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const byStem = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const extension = extname(entry.name).toLowerCase();
    if (!DATA_FILE_EXTENSIONS.includes(extension)) continue;
    const stem = basename(entry.name, extname(entry.name)).toLowerCase();
    byStem.set(stem, [...(byStem.get(stem) ?? []), join(dataDir, entry.name)]);
  }
  const files = new Map<string, string>();
  const ambiguous = new Map<string, readonly string[]>();
  for (const recordType of recordTypes) {
    const found = (byStem.get(recordType.toLowerCase()) ?? []).sort();
    if (found.length === 1 && found[0] !== undefined) files.set(recordType, found[0]);
    else if (found.length > 1) ambiguous.set(recordType, found);
  }
  return { files, ambiguous };
}
