import { open, type FileHandle } from 'node:fs/promises';
import type { ReadProblem } from './read-problem.js';
import { shownPartName } from './shown-part-name.js';
import { readZipDirectory, type ZipEntry } from './zip-central-directory.js';
import { judgeZipEntries } from './zip-limits.js';
import { readLocalParts, type ZipPart } from './zip-local-headers.js';
import { verifyZipEntries } from './verify-zip-entries.js';
import { xlsxInvalidProblem, xlsxTooLargeProblem } from './xlsx-problems.js';

/** The parts of a workbook, or why it is refused (`tooLarge` for a bomb, else damaged or not Excel). */
export type XlsxParts = { readonly parts: readonly ZipPart[] } | { readonly tooLarge: boolean; readonly reason: string };

/**
 * Proves a workbook sound before exceljs sees it: a zip, an Excel one, not encrypted, within the
 * size limits by what its directory declares (checked before any decompression), every byte of it
 * a part the directory lists, and every part decompressing to exactly what it declares.
 */
export async function checkXlsxZip(file: string, fileSize: number): Promise<ReadProblem | undefined> {
  const handle = await open(file, 'r');
  try {
    const found = await readXlsxParts(handle, fileSize);
    if (!('parts' in found)) return found.tooLarge ? xlsxTooLargeProblem(file, found.reason) : xlsxInvalidProblem(file, found.reason);
    const unsound = await verifyZipEntries(file, found.parts);
    if (unsound === undefined) return undefined;
    return unsound.tooLarge ? xlsxTooLargeProblem(file, unsound.message) : xlsxInvalidProblem(file, unsound.message);
  } finally {
    await handle.close();
  }
}

/** Everything that can be proved without decompressing: cheap enough to repeat before each read. */
export async function readXlsxParts(handle: FileHandle, fileSize: number): Promise<XlsxParts> {
  return readArchiveParts(handle, fileSize, { required: 'xl/workbook.xml', what: 'Excel workbook' });
}

/**
 * The parts of a zip archive that must hold `required` (a workbook's xl/workbook.xml, a
 * REFI-QDA project's project.qde), each proved to be what the directory lists, within the
 * size and part-count limits the directory declares, unencrypted, and named once.
 */
export async function readArchiveParts(
  handle: FileHandle,
  fileSize: number,
  expect: { readonly required: string; readonly what: string },
): Promise<XlsxParts> {
  const directory = await readZipDirectory(handle, fileSize);
  if ('error' in directory) return { tooLarge: directory.tooLarge === true, reason: directory.error };
  const twice = firstRepeatedName(directory.entries);
  if (twice !== undefined) return invalid(`its zip directory lists ${shownPartName(twice)} twice`);
  if (!directory.entries.some((entry) => entry.name === expect.required)) {
    return invalid(`it is a zip archive but holds no ${expect.what} (no ${expect.required})`);
  }
  if (directory.entries.some((entry) => entry.encrypted)) return invalid('its parts are encrypted');
  const verdict = judgeZipEntries(directory.entries, fileSize);
  if (!verdict.ok) return verdict;
  const local = await readLocalParts(handle, directory.entries, directory.offset);
  return 'error' in local ? invalid(local.error) : local;
}

/** Two parts of one name: which one a reader takes is up to the reader, so neither can be trusted. */
function firstRepeatedName(entries: readonly ZipEntry[]): string | undefined {
  const seen = new Set<string>();
  for (const { name } of entries) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

function invalid(reason: string): XlsxParts {
  return { tooLarge: false, reason };
}
