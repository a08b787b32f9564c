import type { AnalysisResults } from '../results/results-schema.js';
import { csvDocument } from '@dh/core';

const HEADER = [
  'country',
  'activity',
  'table',
  'table_title',
  'row',
  'row_label',
  'row_kind',
  'column',
  'column_label',
  'value',
  'text',
  'unit',
  'suppressed',
  'notes',
  'caveat',
  'sources',
  'contract_version',
  'instrument_version',
];

/**
 * The tables that are not estimates (theme counts, scorecards, statistics over the years), one
 * row per cell, as tables.csv beside results.csv. A withheld count has its flag and an empty
 * value, as in the report; a table that could not be computed is one row saying why. The
 * caveat and the sources travel with every row, so a cell copied elsewhere keeps them.
 */
export function tablesCsv(results: AnalysisResults): string {
  const pinned = new Map(results.activities.map((a) => [a.id, a.pinnedVersion ?? a.packageVersion]));
  const rows = results.tables.flatMap((table) => {
    const shared = (cells: (string | number | boolean | null)[]) => [
      results.assessment.country,
      table.activity,
      table.id,
      table.title,
      ...cells,
      table.caveat ?? '',
      table.sources.join('; '),
      table.version,
      pinned.get(table.activity) ?? '',
    ];
    if (table.status === 'not-computed')
      return [shared(['', '', '', '', '', null, null, table.unit ?? '', false, `Not computed: ${table.reason ?? ''}`])];
    const rowOf = new Map(table.rows.map((r) => [r.code, r]));
    const columnOf = new Map(table.columns.map((c) => [c.code, c]));
    return table.cells.map((cell) => {
      const row = rowOf.get(cell.row);
      const column = columnOf.get(cell.column);
      const suppressed = cell.flags.includes('suppressed');
      return shared([
        cell.row,
        row?.label ?? cell.row,
        row?.kind ?? '',
        cell.column,
        column?.label ?? cell.column,
        suppressed ? null : cell.value,
        cell.text,
        table.unit ?? '',
        suppressed,
        cell.notes.join(' '),
      ]);
    });
  });
  return csvDocument(HEADER, rows);
}
