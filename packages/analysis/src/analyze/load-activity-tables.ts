import { relative } from 'node:path';
import { computeDerivedVariables } from '../load/derived-variables.js';
import { masksOf } from '../indicators/expression-masks.js';
import type { ColumnPlan } from '../load/column-plan.js';
import { readRecordTable, type RecordTable } from '../load/read-record-table.js';
import { findRecordFiles } from '../load/record-files.js';
import type { AnalysisProblem } from '../results/results-schema.js';

export interface LoadedTables {
  readonly tables: Map<string, RecordTable>;
  /** Why a planned record type has no table (no file, several files, unreadable). */
  readonly unavailable: Map<string, string>;
  readonly problems: AnalysisProblem[];
}

/** Reads each planned record type's file from `data/<activity>/` and adds its derived variables. */
export async function loadActivityTables(activity: string, dataDir: string, assessmentDir: string, plans: ReadonlyMap<string, ColumnPlan>): Promise<LoadedTables> {
  const shown = (file: string): string => relative(assessmentDir, file) || file;
  // Results may travel: their messages name files relative to the assessment, not this machine's paths.
  const relativeTo = (message: string): string => message.split(dataDir).join(shown(dataDir));
  const { files, ambiguous } = await findRecordFiles(dataDir, [...plans.keys()]);
  const tables = new Map<string, RecordTable>();
  const unavailable = new Map<string, string>();
  const problems: AnalysisProblem[] = [];
  const problem = (severity: AnalysisProblem['severity'], message: string): void => void problems.push({ severity, activity, indicator: null, message });
  for (const [recordType, plan] of plans) {
    const file = files.get(recordType);
    if (!file) {
      const claimed = ambiguous.get(recordType);
      unavailable.set(recordType, claimed
        ? `several files hold record type "${recordType}" (${claimed.map(shown).join(', ')}): keep one.`
        : `there is no ${recordType} file in ${shown(dataDir)}/ (expected ${recordType}.csv, .xlsx or .json).`);
      continue;
    }
    const read = await readRecordTable(file, plan);
    if (read.status === 'failure') {
      unavailable.set(recordType, `${shown(file)} could not be read: ${relativeTo(read.problem.message)}`);
      problem('error', `${relativeTo(read.problem.message)} ${read.problem.hint}`);
      continue;
    }
    const { table } = read;
    for (const p of table.problems) problem(p.severity, `${relativeTo(p.message)} ${p.hint}`);
    if (table.absentColumns.length > 0) {
      problem('warning', `${shown(file)} has no column ${table.absentColumns.map((c) => `"${c}"`).join(', ')}: its values count as unanswered on every row.`);
    }
    for (const [column, count] of table.nonNumeric) {
      problem('warning', `${shown(file)}: ${count} value(s) of "${column}" are not numbers and count as unanswered (run dh validate to see where).`);
    }
    if (plan.unknown.length > 0) {
      problem('warning', `Derived variables of "${recordType}" read ${plan.unknown.map((n) => `"${n}"`).join(', ')}, which the record type does not have.`);
    }
    const shownTable = { ...table, file: shown(file) };
    computeDerivedVariables(shownTable, plan.derived, masksOf(shownTable));
    tables.set(recordType, shownTable);
  }
  return { tables, unavailable, problems };
}
