import type { ErrorObject, FieldDefinition, IssueCode, IssueParams } from '@dh/core';
import { closestName } from '../columns/edit-distance.js';
import { expectedText } from './cell-values.js';

export interface ValueProblem {
  readonly code: IssueCode;
  /** The offending value as the user wrote it (one code of a list, for select_multiple). */
  readonly value: string;
}

/** Turns ajv's errors on one value into issue codes, one per distinct problem. */
export function valueProblems(cell: string, value: unknown, errors: readonly ErrorObject[]): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const error of errors) {
    const code = issueCodeOf(error.keyword);
    const offending = offendingText(cell, value, error.instancePath);
    if (!problems.some((p) => p.code === code && p.value === offending)) problems.push({ code, value: offending });
  }
  return problems;
}

function issueCodeOf(keyword: string): IssueCode {
  switch (keyword) {
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return 'out-of-range';
    case 'enum':
    case 'const':
      return 'unknown-code';
    default:
      return 'type-error';
  }
}

/** `/2` points into a select_multiple answer: the third code is the one at fault. */
function offendingText(cell: string, value: unknown, instancePath: string): string {
  if (instancePath === '' || !Array.isArray(value)) return cell;
  const item: unknown = value[Number(instancePath.slice(1))];
  return typeof item === 'string' ? item : cell;
}

/** The params a value issue's message template needs, computed only for kept examples. */
export function valueProblemParams(field: FieldDefinition, problem: ValueProblem): IssueParams {
  switch (problem.code) {
    case 'out-of-range':
      return { minimum: field.minimum ?? '−∞', maximum: field.maximum ?? '∞' };
    case 'unknown-code': {
      const codes = (field.codes ?? []).map((c) => c.code);
      const near = closestName(problem.value, codes);
      return {
        list: field.listName ?? field.name,
        suggestion: near !== undefined ? `; did you mean "${near}"?` : `; expected one of ${codeSample(codes)}`,
      };
    }
    default:
      return { expected: expectedText(field) };
  }
}

function codeSample(codes: readonly string[]): string {
  const shown = codes
    .slice(0, 8)
    .map((c) => `"${c}"`)
    .join(', ');
  return codes.length > 8 ? `${shown}, … (${codes.length} codes)` : shown;
}
