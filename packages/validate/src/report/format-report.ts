import { formatCsv } from './format-csv.js';
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatText, type TextFormatOptions } from './format-text.js';
import type { ValidationReport } from './validation-report.js';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}

/** The report in one of the output formats. */
export function formatReport(report: ValidationReport, format: ReportFormat, textOptions: TextFormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, textOptions);
    case 'json':
      return formatJson(report);
    case 'csv':
      return formatCsv(report);
    case 'html':
      return formatHtml(report);
  }
}
