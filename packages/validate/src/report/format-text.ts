import { terminalSafe as safe, type Severity } from '@dh/core';
import { PLAIN_STYLE, type TerminalStyle } from './terminal-style.js';
import { issueLocation, type ValidationReport } from './validation-report.js';

export interface TextFormatOptions {
  readonly style?: TerminalStyle;
  /** Examples printed per issue code; the other formats list every kept example. */
  readonly examplesPerCode?: number;
}

const number = (n: number) => n.toLocaleString('en');

/**
 * The terminal report: what was read, a table of issue codes with exact counts, then the
 * first examples of each code with where it is, what is wrong and how to fix it. Every text
 * that comes from the data, a file name or the configuration goes through `terminalSafe`:
 * a cell cannot print a line of its own (a forged "Result:") or an escape sequence.
 */
export function formatText(report: ValidationReport, options: TextFormatOptions = {}): string {
  const style = options.style ?? PLAIN_STYLE;
  const shown = options.examplesPerCode ?? 5;
  const lines: string[] = [];
  const activity =
    report.activity.id !== undefined
      ? ` · ${safe(report.activity.id)}${report.activity.version !== undefined ? ` ${safe(report.activity.version)}` : ''}`
      : '';
  lines.push(
    style.bold(`dh validate${activity}`),
    configLine(report),
    `Read ${number(report.totals.files)} file${report.totals.files === 1 ? '' : 's'}, ${number(report.totals.rows)} data rows.`,
    '',
  );
  lines.push(...filesTable(report), '');
  if (report.summary.length > 0) {
    lines.push(style.bold('Issues by code'));
    lines.push(
      ...table(
        ['severity', 'code', 'count', 'what it means'],
        report.summary.map((s) => [severityText(s.severity, style), safe(s.code), number(s.count), safe(s.title)]),
        [false, false, true, false],
      ),
      '',
    );
    lines.push(style.bold(`First examples (up to ${shown} per code; --format json, csv or html lists up to ${report.examplesPerCode})`));
    for (const summary of report.summary) {
      const examples = report.issues.filter((i) => i.code === summary.code && i.severity === summary.severity).slice(0, shown);
      lines.push(
        '',
        `${severityText(summary.severity, style)} ${style.bold(safe(summary.code))} · ${safe(summary.title)} (${number(summary.count)})`,
      );
      for (const issue of examples) {
        lines.push(`  ${safe(issueLocation(issue))}: ${safe(issue.message)}`);
        if (issue.hint !== summary.hint) lines.push(style.dim(`    fix: ${safe(issue.hint)}`));
      }
      if (examples.some((i) => i.hint === summary.hint)) lines.push(style.dim(`  fix: ${safe(summary.hint)}`));
    }
    lines.push('');
  }
  if (report.skippedChecks.length > 0) {
    lines.push(style.bold('Checks not run'), ...report.skippedChecks.map((s) => `  ${safe(s.check)}: ${safe(s.reason)}`), '');
  }
  lines.push(verdict(report, style));
  return `${lines.join('\n')}\n`;
}

/** Which assessment.json the data were checked against: said in every report, never assumed. */
export function configLine(report: Pick<ValidationReport, 'config'>): string {
  return report.config === null
    ? 'Config: none found (no assessment.json beside the data or above it): checked against the published defaults of the activity; give --config to use your assessment.'
    : `Config: ${safe(report.config)}`;
}

function filesTable(report: ValidationReport): string[] {
  if (report.files.length === 0) return ['No data file was read.'];
  const rows = report.files.map((f) => [
    safe(f.file),
    safe(f.recordType ?? '–'),
    f.status + (f.note !== undefined ? ` (${safe(f.note)})` : ''),
    f.format !== undefined ? number(f.rows) : '–',
  ]);
  return table(['file', 'record type', 'status', 'rows'], rows, [false, false, false, true]);
}

function verdict(report: ValidationReport, style: TerminalStyle): string {
  const { errors, warnings } = report.totals;
  const counts = `${number(errors)} error${errors === 1 ? '' : 's'}, ${number(warnings)} warning${warnings === 1 ? '' : 's'}`;
  switch (report.status) {
    case 'unreadable':
      return style.error(`Result: ${counts}. Some input could not be read (exit code 2): fix the file problems above and run again.`);
    case 'failed':
      return style.error(
        `Result: ${counts}. The data ${errors > 0 ? 'has errors' : 'has warnings, and --strict treats them as errors'} (exit code 1).`,
      );
    case 'passed':
      return style.ok(`Result: ${counts}. The data passed validation (exit code 0).`);
  }
}

function severityText(severity: Severity, style: TerminalStyle): string {
  return severity === 'error' ? style.error('error  ') : severity === 'warning' ? style.warning('warning') : 'info   ';
}

/** Aligned columns; `right` marks numeric columns. Widths count visible characters only. */
function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const visible = (text: string) => text.replace(/\u001b\[\d+m/g, '').length;
  const widths = header.map((h, c) => Math.max(visible(h), ...rows.map((r) => visible(r[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, (widths[c] ?? 0) - visible(cell)));
        return right[c] ? pad + cell : c === cells.length - 1 ? cell : cell + pad;
      })
      .join('  ')}`;
  return [line(header), ...rows.map(line)];
}
