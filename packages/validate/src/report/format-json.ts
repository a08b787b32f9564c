import type { ValidationReport } from './validation-report.js';

/** The report as JSON, valid against schema/validation-report.schema.json. */
export function formatJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
