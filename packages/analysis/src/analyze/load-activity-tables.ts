import { relative } from 'node:path';
import { IssueCatalogue, type ActivityDefinition, type AssessmentConfig, type BuiltActivity } from '@dh/core';
import { validateDataset, type RowThreads, type ValidationResult } from '@dh/validate';
import { computeDerivedVariables } from '../load/derived-variables.js';
import { masksOf } from '../indicators/expression-masks.js';
import type { ColumnPlan } from '../load/column-plan.js';
import { recordTableFrom, type RecordTable } from '../load/read-record-table.js';
import type { AnalysisProblem } from '../results/results-schema.js';

export interface LoadedTables {
  readonly tables: Map<string, RecordTable>;
  /** Why a planned record type has no table. */
  readonly unavailable: Map<string, string>;
  readonly problems: AnalysisProblem[];
  readonly validation: ValidationResult;
}

/**
 * Reads `data/<activity>/` the one way every command reads it: `dh validate`'s readers and
 * column resolution, validating as it goes, keeping only the planned columns, then adds the
 * derived variables. Files are recognised by their header, whatever their names.
 */
export async function loadActivityTables(
  definition: ActivityDefinition,
  built: BuiltActivity,
  dataDir: string,
  assessmentDir: string,
  plans: ReadonlyMap<string, ColumnPlan>,
  reading: { readonly personalData?: AssessmentConfig['personalData']; readonly rowThreads?: RowThreads | undefined } = {},
): Promise<LoadedTables> {
  const { personalData, rowThreads } = reading;
  const activity = definition.id;
  const shown = (file: string): string => relative(assessmentDir, file) || file;
  const validation = await validateDataset({
    activity: built,
    files: [dataDir],
    catalogue: IssueCatalogue.of([definition]),
    activityLabel: `${definition.id} ${definition.version}`,
    collect: new Map([...plans].map(([recordType, plan]) => [recordType, [...plan.columns.keys()]])),
    ...(personalData && { personalData }),
    ...(rowThreads && { rowThreads }),
  });
  const tables = new Map<string, RecordTable>();
  const unavailable = new Map<string, string>();
  const problems: AnalysisProblem[] = [];
  const problem = (severity: AnalysisProblem['severity'], message: string): void =>
    void problems.push({ severity, activity, indicator: null, message });
  for (const [recordType, plan] of plans) {
    const collected = validation.collected.get(recordType);
    if (!collected) {
      unavailable.set(
        recordType,
        `no file in ${shown(dataDir)}/ holds ${recordType} records (files are recognised by their columns; run dh validate ${shown(dataDir)} to see what each file was taken for).`,
      );
      continue;
    }
    const table = recordTableFrom(collected, plan, shown);
    if (table.absentColumns.length > 0) {
      problem(
        'warning',
        `${table.file} has no column ${table.absentColumns.map((c) => `"${c}"`).join(', ')}: its values count as unanswered on every row.`,
      );
    }
    for (const [column, count] of table.nonNumeric) {
      problem(
        'warning',
        `${table.file}: ${count} value(s) of "${column}" are not numbers and count as unanswered (run dh validate to see where).`,
      );
    }
    if (plan.unknown.length > 0) {
      problem(
        'warning',
        `Derived variables of "${recordType}" read ${plan.unknown.map((n) => `"${n}"`).join(', ')}, which the record type does not have.`,
      );
    }
    computeDerivedVariables(table, plan.derived, masksOf(table));
    tables.set(recordType, table);
  }
  return { tables, unavailable, problems, validation };
}
