import type { SeededRandom } from '../random.js';
import type { DrawContext } from '../program/answer-source.js';
import type { FieldStep, RecordProgram, RepeatStep } from '../program/record-program.js';
import { SynthesisError } from '../synthesis-error.js';
import { newRecord, type GeneratedRecord } from './generated-record.js';

/** Drawn answers tried before walking through every candidate, when a constraint keeps failing. */
const DRAWS_BEFORE_CANDIDATES = 30;

/**
 * Generates records question by question, as an interviewer's tablet would: a question is
 * answered only where its relevance holds (evaluating the instrument's own expressions),
 * and every answer satisfies its constraint.
 */
export class RecordGenerator {
  private readonly seq = new Map<string, number>();

  constructor(
    private readonly random: SeededRandom,
    private readonly emit: (record: GeneratedRecord) => void,
  ) {}

  /** `presets` fix answers (the sample unit's stratum and PSU); a repeat row inherits its parent's values. */
  generate(
    program: RecordProgram,
    parent: GeneratedRecord | undefined,
    stratum: number,
    position: number,
    presets: Readonly<Record<string, string>> = {},
    inherit = false,
  ): GeneratedRecord {
    const name = program.recordType.name;
    const seq = (this.seq.get(name) ?? 0) + 1;
    this.seq.set(name, seq);
    // A repeat row sees its parent's answers, as a repeat sees the form's on the tablet.
    const values: Record<string, string> = inherit && parent ? (Object.create(parent.values) as Record<string, string>) : {};
    // Fixed answers (a grid's period and measure, a unit's stratum) are known before any question
    // is asked, so an earlier answer's model may depend on a later fixed one.
    Object.assign(values, presets);
    const record = newRecord(name, values, parent, stratum);
    this.emit(record);
    const ctx: DrawContext = { random: this.random, record, position, seq };
    for (const step of program.steps) {
      if (step.kind === 'repeat') this.repeat(step, record);
      else
        values[step.field.name] = step.relevant && !step.relevant.test(values) ? '' : (presets[step.field.name] ?? this.answer(step, ctx));
    }
    return record;
  }

  private answer(step: FieldStep, ctx: DrawContext): string {
    const { constraint, source, field } = step;
    const values = ctx.record.values;
    const passes = (value: string): boolean => {
      values[field.name] = value;
      return value === '' || !constraint || constraint.test(values, field.name);
    };
    const first = source.draw(ctx);
    if (passes(first)) return first;
    const where = `${ctx.record.recordType}.${field.name}`;
    if (source.deterministic)
      throw new SynthesisError(
        `${where}: the planned answer "${first}" breaks the question's constraint; change the synthesis plan or the constraint`,
      );
    for (let i = 0; i < DRAWS_BEFORE_CANDIDATES; i++) {
      const value = source.draw(ctx);
      if (passes(value)) return value;
    }
    const fallback = source.candidates(ctx).find(passes);
    if (fallback === undefined) throw new SynthesisError(`${where}: no answer of the synthesis plan satisfies the question's constraint`);
    return fallback;
  }

  private repeat(step: RepeatStep, parent: GeneratedRecord): void {
    if (step.relevant && !step.relevant.test(parent.values)) return;
    const counted = step.count ? step.count.number(parent.values) : this.random.int(1, 3);
    const count = Number.isFinite(counted) && counted > 0 ? Math.floor(counted) : 0;
    const rows: GeneratedRecord[] = [];
    for (let i = 1; i <= count; i++) rows.push(this.generate(step.program, parent, parent.stratum, i, {}, true));
    if (step.selection) this.select(step.selection, rows);
  }

  /** One eligible row at random (Kish-type); the choice is recorded wherever it is asked. */
  private select(selection: NonNullable<RepeatStep['selection']>, rows: readonly GeneratedRecord[]): void {
    const eligible = rows.filter((r) => selection.eligible.test(r.values));
    const chosen = eligible.length > 0 ? this.random.pick(eligible) : undefined;
    if (chosen) chosen.selectedAmong = eligible.length;
    for (const row of rows) {
      if (selection.relevant && !selection.relevant.test(row.values)) continue;
      row.values[selection.field] = row === chosen ? selection.selectedCode : selection.otherCode;
    }
  }
}
