import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AssessmentConfig } from './assessment-config.js';
import type { ConfigProblem } from './config-problem.js';
import { jsonErrorOffset, lineAndColumn } from '../text/json-error-offset.js';
import { parseAssessmentConfig, type ActivitySections } from './load-assessment-config.js';

export type ReadConfigResult =
  | { readonly status: 'success'; readonly file: string; readonly config: AssessmentConfig; readonly warnings: readonly ConfigProblem[] }
  | { readonly status: 'failure'; readonly file: string; readonly errors: readonly ConfigProblem[] };

/** An assessment folder or its assessment.json, as given: both are accepted everywhere. */
export function assessmentConfigFile(given: string): string {
  try {
    if (statSync(given).isDirectory()) return join(given, 'assessment.json');
  } catch {
    // A path that does not exist is reported by the reader, under the name given.
  }
  return given;
}

/**
 * Reads and checks one assessment.json: every problem at once, JSON syntax errors with their
 * line and column. The one loader behind every command.
 */
export function readAssessmentConfig(given: string, activities: ActivitySections = []): ReadConfigResult {
  const file = assessmentConfigFile(given);
  let text: string;
  try {
    if (!statSync(file).isFile()) return failure(file, 'is not a file');
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure(
      file,
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${code ?? (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { status: 'failure', file, errors: [jsonSyntaxProblem(text, error as Error)] };
  }
  const parsed = parseAssessmentConfig(json, activities);
  return parsed.status === 'success'
    ? { status: 'success', file, config: parsed.config, warnings: parsed.warnings }
    : { status: 'failure', file, errors: parsed.errors };
}

function failure(file: string, message: string): ReadConfigResult {
  return { status: 'failure', file, errors: [{ severity: 'error', path: '(file)', message }] };
}

/** A JSON syntax error at its line and column, in words without V8's "at position N". */
export function jsonSyntaxProblem(text: string, error: Error): ConfigProblem {
  const found = jsonErrorOffset(text);
  const { line, column } = lineAndColumn(text, found < 0 ? text.length : found);
  const message = error.message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/^Unexpected end of JSON input$/, 'the file ends before the JSON does')
    .replace(/, ".*" is not valid JSON$/s, '');
  return { severity: 'error', path: '(syntax)', message: `not valid JSON: ${message}`, line, column };
}

/** Config problems in one wording: `file:line:column: message` or `file: path: message`, one per line. */
export function describeConfigProblems(file: string, problems: readonly ConfigProblem[]): string {
  return configProblemLines(file, problems).join('\n');
}

/** One line per problem, `file:line:column: message` where the place is known. */
export function configProblemLines(file: string, problems: readonly ConfigProblem[]): string[] {
  return problems.map((p) => {
    if (p.line !== undefined) return `${file}:${p.line}:${p.column ?? 1}: ${p.message}`;
    if (p.path === '(file)') return `${file} ${p.message}`;
    return `${file}: ${p.path}: ${p.message}`;
  });
}
