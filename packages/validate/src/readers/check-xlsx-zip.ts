import { open, type FileHandle } from 'node:fs/promises';
import type { ReadProblem } from './read-problem.js';
import { readZipDirectory } from './zip-central-directory.js';
import { judgeZipEntries } from './zip-limits.js';
import { verifyZipEntries } from './verify-zip-entries.js';
import { xlsxInvalidProblem, xlsxTooLargeProblem } from './xlsx-problems.js';

/**
 * Proves a workbook sound before exceljs sees it: a zip, an Excel one, not encrypted, within the
 * size limits by what its directory declares (checked before any decompression), and with every
 * part decompressing to exactly what it declares.
 */
export async function checkXlsxZip(file: string, fileSize: number): Promise<ReadProblem | undefined> {
  const handle = await open(file, 'r');
  try {
    return await checkOpenZip(file, handle, fileSize);
  } finally {
    await handle.close();
  }
}

async function checkOpenZip(file: string, handle: FileHandle, fileSize: number): Promise<ReadProblem | undefined> {
  const directory = await readZipDirectory(handle, fileSize);
  if ('error' in directory) return xlsxInvalidProblem(file, directory.error);
  const names = new Set(directory.entries.map((entry) => entry.name));
  if (!names.has('xl/workbook.xml')) {
    return xlsxInvalidProblem(file, 'it is a zip archive but holds no Excel workbook (no xl/workbook.xml)');
  }
  if (directory.entries.some((entry) => entry.encrypted)) {
    return xlsxInvalidProblem(file, 'its parts are encrypted');
  }
  const verdict = judgeZipEntries(directory.entries, fileSize);
  if (!verdict.ok) return verdict.tooLarge ? xlsxTooLargeProblem(file, verdict.reason) : xlsxInvalidProblem(file, verdict.reason);
  const unsound = await verifyZipEntries(file, handle, directory.entries);
  return unsound === undefined ? undefined : xlsxInvalidProblem(file, unsound);
}
