import { IssueCatalogue, type IssueDefinition } from '@dh/core';
import type { RowCheckJob } from '../engine/row-threads.js';
import { IssueSink, type IssueSinkPart } from '../issues/issue-sink.js';
import { openTable } from '../readers/index.js';
import { claimedRows, RecordChecker } from '../rows/record-checker.js';
import { RecordPlan } from '../rows/record-plan.js';
import { identifierScanOptions } from '../values/personal-identifier-values.js';

/**
 * The blocks of a file's rows this thread claims, checked: the file is read again from the
 * start (a CSV row's start is only known by reading what precedes it), and the rows of each
 * block it claims are split into cells and get the checks `validateDataset` makes on each row;
 * the others are only counted. What the read itself reports, and what spans rows, is left to
 * the thread that reads the file for the report.
 * Once that thread has read the whole file, every block is claimed and this one stops.
 */
export async function checkRowShare(job: RowCheckJob): Promise<IssueSinkPart> {
  const sink = new IssueSink(job.examplesPerCode, catalogueOf(job.issues), identifierScanOptions(job.personalData));
  const opened = await openTable(job.file, {
    ...(job.maxBytes !== undefined && { maxBytes: job.maxBytes }),
    ...(job.sheet !== undefined && { sheet: job.sheet }),
  });
  if (opened.status === 'failure') throw new Error(`${job.file} could not be read again: ${opened.problem.code}`);
  const plan = new RecordPlan(job.map.recordType, job.activity);
  const context = { file: opened.table.file, fileIndex: job.fileIndex, sink, stage: job.stage };
  const checker = new RecordChecker(plan, job.map, context, [], job.share);
  // Only the rows of the blocks it claims are split into cells; it reports nothing that spans rows.
  for await (const batch of opened.table.rows(claimedRows(job.share))) {
    checker.checkRows(batch.rows, batch.rowNumbers);
    if (checker.mayStop) break;
  }
  return sink.part();
}

/** Core's codes and the activity's own, each under the namespace its code names (`<activity>/<code>`). */
function catalogueOf(issues: readonly IssueDefinition[]): IssueCatalogue {
  if (issues.length === 0) return IssueCatalogue.core;
  const byActivity = new Map<string, IssueDefinition[]>();
  for (const definition of issues) {
    const id = definition.code.slice(0, definition.code.indexOf('/'));
    byActivity.set(id, [...(byActivity.get(id) ?? []), definition]);
  }
  return IssueCatalogue.of([...byActivity].map(([id, definitions]) => ({ id, issues: definitions })));
}
