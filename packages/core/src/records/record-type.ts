import type { Expr } from '../expression/ast.js';
import { placedQuestions, repeatsOf } from '../instrument/walk.js';
import type { Choice, Instrument, QuestionType, Text } from '../instrument/types.js';

/** The JSON type a field's values take in a record. */
export type ValueType = 'integer' | 'number' | 'string' | 'date' | 'code' | 'codes';

/** One variable of a record type: a column in partner data. */
export interface FieldDefinition {
  readonly name: string;
  /** The XLSForm question type, for fields of a questionnaire; absent for declared record types. */
  readonly questionType?: QuestionType;
  readonly valueType: ValueType;
  readonly label?: Text;
  /** Must hold an answer whenever it is asked. */
  readonly required: boolean;
  /**
   * A file may leave out its column (read as empty): a field added in a minor version, so files
   * made from the earlier template still pass. Declared as an optional key of the record schema.
   */
  readonly columnOptional?: true;
  /** When the question is asked (own and enclosing groups' relevance). */
  readonly relevant?: Expr;
  readonly constraint?: Expr;
  readonly constraintMessage?: Text;
  readonly calculation?: Expr;
  readonly listName?: string;
  readonly codes?: readonly Choice[];
  readonly extensionList: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Longest text allowed (a short excerpt). */
  readonly maxLength?: number;
  /** What text must look like (a regular expression, whole value), and that in words for messages. */
  readonly pattern?: { readonly regex: string; readonly description: string };
  readonly selfCompleted: boolean;
  readonly freeText: boolean;
  /** Groups and repeats above it, as ODK export column prefixes. */
  readonly path: readonly string[];
}

/** A kind of record an activity produces (one file of partner data). */
export interface RecordType {
  readonly name: string;
  readonly title: Text;
  /** The instrument it comes from (a questionnaire, a guide's interview log, a checklist), or the activity for declared ones. */
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly key: readonly string[];
  readonly fields: readonly FieldDefinition[];
}

function valueTypeOf(type: QuestionType, calculateType: 'integer' | 'decimal' | 'text' | undefined): ValueType | undefined {
  switch (type) {
    case 'integer':
      return 'integer';
    case 'decimal':
      return 'number';
    case 'text':
      return 'string';
    case 'date':
      return 'date';
    case 'select_one':
      return 'code';
    case 'select_multiple':
      return 'codes';
    case 'calculate':
      return calculateType === 'text' ? 'string' : calculateType === 'decimal' ? 'number' : 'integer';
    case 'note':
      return undefined;
  }
}

/** The record types an instrument produces: its top level, and one per repeat (roster). */
export function recordTypesOf(instrument: Instrument): RecordType[] {
  const lists = new Map(instrument.choiceLists.map((l) => [l.name, l]));
  const byType = new Map<string, FieldDefinition[]>();
  byType.set(instrument.recordType, []);
  for (const placed of placedQuestions(instrument)) {
    const q = placed.question;
    const valueType = valueTypeOf(q.type, q.calculateType);
    if (valueType === undefined) continue;
    const list = q.listName !== undefined ? lists.get(q.listName) : undefined;
    const field: FieldDefinition = {
      name: q.name,
      questionType: q.type,
      valueType,
      required: q.required,
      extensionList: list?.extension ?? false,
      selfCompleted: placed.selfCompleted,
      freeText: q.freeText ?? false,
      path: placed.path,
      ...(q.label !== undefined && { label: q.label }),
      ...(placed.relevant !== undefined && { relevant: placed.relevant }),
      ...(q.constraint !== undefined && { constraint: q.constraint }),
      ...(q.constraintMessage !== undefined && { constraintMessage: q.constraintMessage }),
      ...(q.calculation !== undefined && { calculation: q.calculation }),
      ...(list !== undefined && { listName: list.name, codes: list.choices }),
      ...(q.minimum !== undefined && { minimum: q.minimum }),
      ...(q.maximum !== undefined && { maximum: q.maximum }),
    };
    const fields = byType.get(placed.recordType) ?? [];
    fields.push(field);
    byType.set(placed.recordType, fields);
  }
  const repeats = new Map(repeatsOf(instrument).map((r) => [r.recordType, r]));
  return [...byType].map(([name, fields]) => {
    const rep = repeats.get(name);
    return {
      name,
      title: rep ? rep.label : instrument.title,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      key: rep ? rep.key : instrument.key,
      fields,
    };
  });
}
