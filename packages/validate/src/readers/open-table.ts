import { stat } from 'node:fs/promises';
import { chooseFormat } from './choose-format.js';
import { openCsvTable } from './csv-table.js';
import { ioProblem } from './io-problem.js';
import { openJsonTable } from './json-table.js';
import { openNdjsonTable } from './ndjson-table.js';
import { readProblem } from './read-problem.js';
import { sniffFile } from './sniff-file.js';
import { tableFailure, type OpenTableOptions, type TableResult } from './table-source.js';
import { openQdpxTable } from './qdpx-table.js';
import { openXlsxTable } from './xlsx-table.js';

/**
 * Opens a partner's data file as a table whose rows stream in batches. Reads only what it needs to
 * learn the header (all of a JSON array; a first pass over NDJSON), never writes to the file, and
 * never throws: every failure comes back as a problem.
 */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<TableResult> {
  try {
    return await openChecked(path, options);
  } catch (error) {
    return tableFailure(ioProblem(path, error));
  }
}

async function openChecked(path: string, options: OpenTableOptions): Promise<TableResult> {
  const stats = await stat(path);
  if (stats.isDirectory()) return tableFailure(ioProblem(path, Object.assign(new Error('is a directory'), { code: 'EISDIR' })));
  if (stats.size === 0) return tableFailure(emptyProblem(path));
  if (options.maxBytes !== undefined && stats.size > options.maxBytes) {
    return tableFailure(tooLargeProblem(path, stats.size, options.maxBytes));
  }
  const choice = chooseFormat(path, await sniffFile(path));
  if ('code' in choice) return tableFailure(choice);
  switch (choice.format) {
    case 'xlsx':
      return openXlsxTable(path, stats.size, options.sheet);
    case 'qdpx':
      return openQdpxTable(path, stats.size, options.codingFrames ?? []);
    case 'csv':
      return openCsvTable(path, choice.encoding);
    case 'json':
      return openJsonTable(path, choice.encoding, stats.size);
    case 'ndjson':
      return openNdjsonTable(path, choice.encoding);
  }
}

function emptyProblem(file: string) {
  return readProblem({
    code: 'file-empty',
    file,
    message: `${file} is empty (0 bytes).`,
    hint: 'Export the data again; check that the export finished before the file was copied.',
  });
}

function tooLargeProblem(file: string, size: number, maxBytes: number) {
  return readProblem({
    code: 'file-too-large',
    file,
    message: `${file} is ${size.toLocaleString('en')} bytes, more than the ${maxBytes.toLocaleString('en')}-byte limit set for this run.`,
    hint: 'Raise the size limit if the file is genuine, or split the export (for example by region or date).',
  });
}
