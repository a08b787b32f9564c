import type { CodingFrame, RecordType } from '@dh/core';
import { mapColumns, RecordColumnNames, type ColumnMap } from '../columns/column-map.js';
import { recogniseRecordType } from '../columns/recognise-record-type.js';
import { readProblemIssue } from '../issues/read-problem-issue.js';
import type { IssueSink } from '../issues/issue-sink.js';
import { openTable, type RowUnit, type TableFormat, type TableSource } from '../readers/index.js';

export type FileStatus = 'checked' | 'incomplete' | 'unreadable' | 'unrecognised' | 'skipped';

/** What became of one input file. */
export interface FileSummary {
  readonly file: string;
  format?: TableFormat;
  /** What `row` numbers of this file count: spreadsheet rows, text lines or JSON records. */
  rowUnit?: RowUnit;
  recordType?: string;
  status: FileStatus;
  /** Data rows read (the header not counted). */
  rows: number;
  /** Share of agreement between the header and the record type (0–1), when recognised from the header. */
  match?: number;
  note?: string;
}

export interface OpenedFile {
  readonly index: number;
  readonly table: TableSource;
  readonly map: ColumnMap;
  readonly summary: FileSummary;
}

export interface OpenFilesOptions {
  readonly files: readonly string[];
  readonly fromFolder: ReadonlySet<string>;
  readonly recordTypes: readonly RecordType[];
  readonly forcedRecordType?: RecordType;
  readonly activityLabel: string;
  readonly sink: IssueSink;
  readonly maxBytes?: number;
  readonly sheet?: string;
  /** The activity's coding frames, for REFI-QDA projects. */
  readonly codingFrames?: readonly CodingFrame[];
}

/** Opens every file, reports what cannot be read, and recognises the record type of the rest. */
export async function openFiles(options: OpenFilesOptions): Promise<{ opened: OpenedFile[]; summaries: FileSummary[] }> {
  const names = options.recordTypes.map((r) => new RecordColumnNames(r));
  const forced = options.forcedRecordType && names.find((n) => n.recordType === options.forcedRecordType);
  const opened: OpenedFile[] = [];
  const summaries: FileSummary[] = [];
  for (const [index, file] of options.files.entries()) {
    const summary: FileSummary = { file, status: 'unreadable', rows: 0 };
    summaries.push(summary);
    const result = await openTable(file, {
      ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
      ...(options.sheet !== undefined && { sheet: options.sheet }),
      ...(options.codingFrames !== undefined && { codingFrames: options.codingFrames }),
    });
    if (result.status === 'failure') {
      // A folder may hold other JSON documents (assessment.json, a manifest): only tables are data.
      if (options.fromFolder.has(file) && result.problem.code === 'json-not-table') {
        summary.status = 'skipped';
        summary.note = 'not a table of records';
      } else {
        options.sink.addIssue(readProblemIssue(result.problem, 'failure'), index);
      }
      continue;
    }
    summary.format = result.table.format;
    summary.rowUnit = result.table.rowUnit;
    for (const warning of result.warnings) options.sink.addIssue(readProblemIssue(warning, 'warning'), index);
    const map = forced ? mapColumns(result.table.header, forced) : recognise(result.table, names, summary, options, index);
    if (map === undefined) continue;
    summary.recordType = map.recordType.name;
    summary.status = 'checked';
    opened.push({ index, table: result.table, map, summary });
  }
  return { opened, summaries };
}

function recognise(
  table: TableSource,
  names: readonly RecordColumnNames[],
  summary: FileSummary,
  options: OpenFilesOptions,
  index: number,
): ColumnMap | undefined {
  const recognition = recogniseRecordType(table.header, names);
  if (recognition.best) {
    summary.match = round(recognition.score);
    return recognition.best;
  }
  summary.status = 'unrecognised';
  const closest = recognition.closest;
  const known = options.recordTypes.map((r) => r.name).join(', ');
  const nearest =
    closest && closest.matched > 0
      ? `Its header is closest to ${closest.recordType.name} (${Math.round(recognition.score * 100)}% agreement). `
      : '';
  options.sink.add(
    {
      code: 'record-type-unknown',
      file: table.file,
      ...(table.rowUnit === 'row' && { row: 1 }),
      params: {
        activity: options.activityLabel,
        hint: `${nearest}If the file holds one of ${known}, name it with --record; otherwise check it is an export of this activity's instrument.`,
      },
    },
    index,
  );
  return undefined;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
