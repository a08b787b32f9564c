import {
  answerText,
  compileExpression,
  describeExpression,
  mayBeEmpty,
  referencedNames,
  type ComparisonOperator,
  type Expr,
  type BuiltActivity,
  type CompiledExpression,
  type FieldDefinition,
  type IssueCode,
  type RecordType,
  type RecordValues,
  type Severity,
} from '@dh/core';
import { compileFieldValidators, type AjvWhenAsked, type FieldValidator } from '../values/field-validators.js';
import { RelevancePlan } from './relevance-plan.js';

export interface CompiledGate {
  readonly condition: CompiledExpression;
  readonly description: string;
  /** The variables the condition reads. */
  readonly reads: readonly string[];
  /** Fields that count as answers: all but the gate's `before` list and calculations. */
  readonly answerFields: readonly number[];
}

export interface CompiledRule {
  readonly id: string;
  /** The variables `when` and `assert` read. */
  readonly reads: readonly string[];
  readonly when?: CompiledExpression;
  readonly assert: CompiledExpression;
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly message: string;
  readonly field: string;
}

/**
 * Everything checked on one record type's rows, compiled once before the first row: the
 * field validators from the published schema, relevance, constraints, consent gates and
 * record rules from the activity's own expressions.
 */
export class RecordPlan {
  readonly fields: readonly FieldDefinition[];
  readonly validators: readonly FieldValidator[];
  readonly relevance: RelevancePlan;
  /** 1 where an empty cell is allowed by the schema (not required, or only asked sometimes). */
  readonly nullable: Uint8Array;
  readonly requiredWhenAsked: Uint8Array;
  readonly constraints: readonly (CompiledExpression | undefined)[];
  /** Per field: the other variables its constraint reads. */
  readonly constraintReads: readonly (readonly string[])[];
  readonly constrained: readonly number[];
  /** 1 for fields whose text is scanned for personal identifiers: free text and typed ids (any string field). */
  readonly scanned: Uint8Array;
  readonly gates: readonly CompiledGate[];
  readonly rules: readonly CompiledRule[];
  private readonly descriptions = new Map<string, string>();

  constructor(
    readonly recordType: RecordType,
    activity: Pick<BuiltActivity, 'consent' | 'recordRules'>,
    ajv?: AjvWhenAsked,
  ) {
    const fields = recordType.fields;
    this.fields = fields;
    this.validators = compileFieldValidators(recordType, ajv);
    this.relevance = new RelevancePlan(fields);
    this.nullable = Uint8Array.from(fields, (f) => (mayBeEmpty(f) ? 1 : 0));
    this.requiredWhenAsked = Uint8Array.from(fields, (f) => (f.required && f.relevant !== undefined ? 1 : 0));
    this.constraints = fields.map((f) => (f.constraint !== undefined ? compileExpression(f.constraint) : undefined));
    this.constrained = indexesWhere(fields, (f) => f.constraint !== undefined);
    this.constraintReads = fields.map((f) => (f.constraint !== undefined ? referencedNames(f.constraint) : []));
    this.scanned = Uint8Array.from(fields, (f) => (f.valueType === 'string' ? 1 : 0));
    this.gates = activity.consent
      .filter((gate) => gate.recordType === recordType.name)
      .map((gate) => ({
        condition: compileExpression(gate.condition),
        description: describeExpression(gate.condition),
        reads: referencedNames(gate.condition),
        answerFields: indexesWhere(fields, (f) => !gate.before.includes(f.name) && f.questionType !== 'calculate'),
      }));
    this.rules = activity.recordRules
      .filter((rule) => rule.recordType === recordType.name)
      .map((rule) => ({
        id: rule.id,
        reads: [...new Set([...(rule.when !== undefined ? referencedNames(rule.when) : []), ...referencedNames(rule.assert)])],
        assert: compileExpression(rule.assert),
        severity: rule.severity,
        code: rule.code ?? (rule.severity === 'error' ? 'rule-failed' : 'rule-warning'),
        message: rule.message,
        field: rule.field,
        ...(rule.when !== undefined && { when: compileExpression(rule.when) }),
      }));
  }

  /** A field's relevance in words, for messages (computed once, only when an example is kept). */
  relevanceText(field: number): string {
    return this.described(`r${field}`, () => {
      const relevant = this.fields[field]?.relevant;
      return relevant === undefined ? 'always' : describeExpression(relevant);
    });
  }

  constraintText(field: number): string {
    return this.described(`c${field}`, () => {
      const definition = this.fields[field];
      const words = definition?.constraint !== undefined ? describeExpression(definition.constraint) : '';
      return definition?.constraintMessage !== undefined ? `${words}: ${definition.constraintMessage.en}` : words;
    });
  }

  /**
   * Why a field was not asked in the current row: the first of its conditions that fails,
   * negated, with the answers it read ("online is not "yes" (online = "no")").
   */
  notAskedBecause(field: number, record: RecordValues): string {
    const failing = this.relevance.failingCondition(field, record);
    const condition = this.relevance.expressions[failing];
    if (condition === undefined) return 'never';
    const answers = referencedNames(condition).map((name) => `${name} = "${answerText(record[name])}"`);
    return `${describeNegation(condition)}${answers.length > 0 ? ` (${answers.join(', ')})` : ''}`;
  }

  private described(key: string, make: () => string): string {
    let text = this.descriptions.get(key);
    if (text === undefined) {
      text = make();
      this.descriptions.set(key, text);
    }
    return text;
  }
}

/** A rule's message with `{name}` filled from the record, as the rule's author wrote it. */
export function fillRuleMessage(message: string, record: RecordValues): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in record ? answerText(record[name]) || '(empty)' : whole));
}

const NEGATED: Readonly<Record<ComparisonOperator, ComparisonOperator>> = {
  '=': '!=',
  '!=': '=',
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
};

/** A condition's negation in words: a comparison flips its operator, anything else is "not (…)". */
function describeNegation(condition: Expr): string {
  if (condition.kind === 'compare') return describeExpression({ ...condition, op: NEGATED[condition.op] });
  if (condition.kind === 'not') return describeExpression(condition.operand);
  return `not (${describeExpression(condition)})`;
}

function indexesWhere(fields: readonly FieldDefinition[], test: (field: FieldDefinition) => boolean): number[] {
  return fields.flatMap((field, index) => (test(field) ? [index] : []));
}
