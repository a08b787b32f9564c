import { csvCell } from '@dh/core';
import type { ValidationReport } from './validation-report.js';

export const CSV_REPORT_COLUMNS = ['severity', 'code', 'file', 'record', 'row', 'row_unit', 'column', 'value', 'message', 'fix'] as const;

/**
 * One issue a row (the kept examples: up to `examplesPerCode` per code; the JSON report has
 * exact totals). RFC 4180 quoting with CRLF line ends, and a UTF-8 byte-order mark so
 * spreadsheet programs read every language's letters correctly.
 */
export function formatCsv(report: ValidationReport): string {
  const lines = [CSV_REPORT_COLUMNS.join(',')];
  for (const issue of report.issues) {
    lines.push(
      [
        issue.severity,
        issue.code,
        issue.file,
        issue.record,
        issue.row,
        issue.row === undefined ? undefined : issue.rowUnit,
        issue.field,
        issue.value,
        issue.message,
        issue.hint,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
