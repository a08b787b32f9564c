import {
  all,
  compileExpression,
  type BuiltActivity,
  type CompiledExpression,
  type Expr,
  type FieldDefinition,
  type InstrumentNode,
  type RecordType,
  type SynthesisPlan,
} from '@dh/core';
import { PENDING, type AnswerSource } from './answer-source.js';
import { defaultAnswer } from './default-answers.js';
import { modelAnswer } from './model-answers.js';
import { recordOrigins } from './structure.js';

export interface FieldStep {
  readonly kind: 'field';
  readonly field: FieldDefinition;
  readonly relevant: CompiledExpression | undefined;
  readonly constraint: CompiledExpression | undefined;
  readonly source: AnswerSource;
}

export interface CompiledSelection {
  readonly eligible: CompiledExpression;
  readonly field: string;
  readonly relevant: CompiledExpression | undefined;
  readonly selectedCode: string;
  readonly otherCode: string;
}

export interface RepeatStep {
  readonly kind: 'repeat';
  readonly program: RecordProgram;
  /** The repeat's own relevance and its enclosing groups'. */
  readonly relevant: CompiledExpression | undefined;
  readonly count: CompiledExpression | undefined;
  readonly selection: CompiledSelection | undefined;
}

/** A record type compiled for generation: its questions in order, rosters where they sit. */
export interface RecordProgram {
  readonly recordType: RecordType;
  readonly header: readonly string[];
  readonly steps: readonly (FieldStep | RepeatStep)[];
}

const compiled = (expr: Expr | undefined): CompiledExpression | undefined => (expr ? compileExpression(expr) : undefined);

class ProgramCompiler {
  private readonly types: Map<string, RecordType>;
  constructor(
    built: BuiltActivity,
    private readonly plan: SynthesisPlan,
  ) {
    this.types = new Map(built.recordTypes.map((rt) => [rt.name, rt]));
  }

  /** Fields filled after the record is complete: design weights and selections. */
  private pending(recordType: string, field: string): boolean {
    return (
      this.plan.weights.some((w) => w.recordType === recordType && w.field === field) ||
      this.plan.selections.some((s) => s.recordType === recordType && s.field === field)
    );
  }

  private fieldStep(rt: RecordType, field: FieldDefinition): FieldStep {
    const model = this.plan.answers.find((a) => a.recordType === rt.name && a.field === field.name)?.model;
    const source = this.pending(rt.name, field.name)
      ? PENDING
      : model
        ? modelAnswer(rt.name, field, model, this.plan)
        : defaultAnswer(rt.name, field, this.plan);
    return { kind: 'field', field, relevant: compiled(field.relevant), constraint: compiled(field.constraint), source };
  }

  program(recordType: string, nodes: readonly InstrumentNode[]): RecordProgram {
    const rt = this.types.get(recordType);
    if (!rt) throw new Error(`no record type ${recordType}`);
    const byName = new Map(rt.fields.map((f) => [f.name, f]));
    const placed = new Set<string>();
    const steps: (FieldStep | RepeatStep)[] = [];
    const visit = (list: readonly InstrumentNode[], conditions: readonly Expr[]): void => {
      for (const node of list) {
        const inner = node.relevant ? [...conditions, node.relevant] : conditions;
        if (node.kind === 'group') visit(node.children, inner);
        else if (node.kind === 'repeat') steps.push(this.repeatStep(node.recordType, node.children, inner, node.repeatCount));
        else {
          const field = byName.get(node.name);
          if (!field) continue; // notes hold no value
          placed.add(field.name);
          steps.push(this.fieldStep(rt, field));
        }
      }
    };
    visit(nodes, []);
    // Variables added after collection (design weights) come last, as they are computed last.
    for (const field of rt.fields) if (!placed.has(field.name)) steps.push(this.fieldStep(rt, field));
    return { recordType: rt, header: rt.fields.map((f) => f.name), steps };
  }

  private repeatStep(
    recordType: string,
    children: readonly InstrumentNode[],
    conditions: readonly Expr[],
    count: Expr | undefined,
  ): RepeatStep {
    const program = this.program(recordType, children);
    const selection = this.plan.selections.find((s) => s.recordType === recordType);
    const field = selection ? program.recordType.fields.find((f) => f.name === selection.field) : undefined;
    return {
      kind: 'repeat',
      program,
      relevant: conditions.length > 0 ? compileExpression(all(...conditions)) : undefined,
      count: compiled(count),
      selection: selection && {
        eligible: compileExpression(selection.eligible),
        field: selection.field,
        relevant: compiled(field?.relevant),
        selectedCode: selection.selectedCode,
        otherCode: selection.otherCode,
      },
    };
  }
}

/** The programs of the record types made at the top level: the sample unit and follow-ons (questionnaires or declared). */
export function compilePrograms(built: BuiltActivity, plan: SynthesisPlan): Map<string, RecordProgram> {
  const compiler = new ProgramCompiler(built, plan);
  const programs = new Map<string, RecordProgram>();
  for (const [name, origin] of recordOrigins(built, plan)) {
    // A declared record type has no questions in order: its fields are its steps.
    if (origin.origin !== 'repeat') programs.set(name, compiler.program(name, origin.instrument?.children ?? []));
  }
  return programs;
}
