import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The extensions a folder is searched for; a file named on the command line is read whatever its name. */
export const DATA_FILE_EXTENSIONS: readonly string[] = [
  '.csv',
  '.tsv',
  '.tab',
  '.txt',
  '.xlsx',
  '.xlsm',
  '.json',
  '.ndjson',
  '.jsonl',
  '.qdpx',
];

export interface DataFileList {
  /** Files to read, in a stable order: as given, folders expanded alphabetically. */
  readonly files: readonly string[];
  /** Files found by expanding a folder (rather than named), which may hold other documents. */
  readonly fromFolder: ReadonlySet<string>;
  /** Folders that held no data file. */
  readonly emptyFolders: readonly string[];
}

/**
 * Expands folders into the data files directly inside them. Hidden files and the lock files
 * office programs leave (`~$child.xlsx`) are not data; subfolders are not entered, so a
 * partner's `archive/` stays out of the run.
 */
export async function listDataFiles(paths: readonly string[]): Promise<DataFileList> {
  const files: string[] = [];
  const fromFolder = new Set<string>();
  const emptyFolders: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.startsWith('~$'))
      .filter((entry) => DATA_FILE_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
      .map((entry) => join(path, entry.name))
      .sort();
    if (found.length === 0) emptyFolders.push(path);
    for (const file of found) {
      files.push(file);
      fromFolder.add(file);
    }
  }
  return { files, fromFolder, emptyFolders };
}
