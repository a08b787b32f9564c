import {
  describeExpression,
  compileToXlsform,
  placedQuestions,
  recordTypesOf,
  type FieldDefinition,
  type Instrument,
  type MissingKind,
  type QuestionType,
  type RecordType,
  type ValueType,
} from '@dh/core';
import { constraintWithBounds } from '../common/constraint-with-bounds.js';
import { Translator } from '../texts/export-texts.js';
import { CODEBOOK_TEXTS, type CodebookWords } from './codebook-texts.js';

/** One variable as a codebook documents it, in the codebook's language (conditions stay in the analysis language, English). */
export interface CodebookVariable {
  readonly name: string;
  readonly recordType: string;
  /** The question as asked (English). */
  readonly question?: string;
  /** The label of a variable that is not asked. */
  readonly label?: string;
  readonly hint?: string;
  /** The XLSForm question type; absent for variables of declared record types. */
  readonly questionType?: QuestionType;
  readonly valueType: ValueType;
  /** The type in words: "select one (yes_no)", "integer", "calculated integer". */
  readonly typeText: string;
  readonly codes: readonly { readonly code: string; readonly label: string; readonly missing?: MissingKind }[];
  /** The list is filled per country (regions, local platforms). */
  readonly extensionList: boolean;
  /** Who is asked, in words, from the relevance of the question and its groups. */
  readonly universe: string;
  readonly asked: 'always' | 'conditional';
  readonly constraint?: { readonly words: string; readonly xlsform: string; readonly message?: string };
  readonly minimum?: number;
  readonly maximum?: number;
  readonly calculation?: { readonly words: string; readonly xlsform: string };
  readonly required: boolean;
  readonly selfCompleted: boolean;
  /** Part of the record key. */
  readonly key: boolean;
  /** Groups and repeats above it, as ODK export column prefixes. */
  readonly path: readonly string[];
  /** False for a variable the activity adds to the data after collection (a design weight): never asked. */
  readonly collected: boolean;
}

export interface CodebookRecordType {
  readonly name: string;
  readonly title: string;
  readonly key: readonly string[];
  readonly variables: readonly CodebookVariable[];
}

export interface Codebook {
  /** BCP 47 tag of the texts. */
  readonly language: string;
  /** The words around the instrument's texts, in that language. */
  readonly words: CodebookWords;
  readonly instrumentId: string;
  readonly title: string;
  readonly version: string;
  readonly recordTypes: readonly CodebookRecordType[];
}

export interface CodebookOptions {
  /** The activity's record types of this instrument, when it adds variables after collection (weights). */
  readonly recordTypes?: readonly RecordType[];
  /** The language and translations of the texts (default: English); it remembers what was left untranslated. */
  readonly translator?: Translator;
}

/**
 * What every codebook format documents, computed once from the instrument definition.
 * `recordTypes` are the activity's own when it adds variables after collection (weights);
 * by default, those the instrument produces.
 */
export function codebookOf(
  instrument: Instrument,
  recordTypes: readonly RecordType[] = recordTypesOf(instrument),
  tr: Translator = new Translator('en', undefined),
): Codebook {
  const asked = new Map(placedQuestions(instrument).map((p) => [p.question.name, p.question]));
  const words = Object.fromEntries(Object.entries(CODEBOOK_TEXTS).map(([name, text]) => [name, tr.text(text)])) as unknown as CodebookWords;
  return {
    language: tr.language,
    words,
    instrumentId: instrument.id,
    title: tr.text(instrument.title),
    version: instrument.version,
    recordTypes: recordTypes.map((recordType) => ({
      name: recordType.name,
      title: tr.text(recordType.title),
      key: recordType.key,
      variables: recordType.fields.map((field) => {
        const hint = asked.get(field.name)?.hint;
        return variableOf(field, recordType, asked.has(field.name), hint === undefined ? undefined : tr.text(hint), tr);
      }),
    })),
  };
}

function variableOf(
  field: FieldDefinition,
  recordType: RecordType,
  collected: boolean,
  hint: string | undefined,
  tr: Translator,
): CodebookVariable {
  const constraint = constraintWithBounds(field);
  return {
    name: field.name,
    recordType: recordType.name,
    collected,
    ...(field.label && collected && { question: tr.text(field.label) }),
    ...(field.label && !collected && { label: tr.text(field.label) }),
    ...(hint !== undefined && { hint }),
    ...(field.questionType !== undefined && { questionType: field.questionType }),
    valueType: field.valueType,
    typeText: typeText(field),
    codes: (field.codes ?? []).map((c) => ({ code: c.code, label: tr.text(c.label), ...(c.missing && { missing: c.missing }) })),
    extensionList: field.extensionList,
    universe: field.relevant
      ? `${collected ? 'Asked' : 'Present'} when ${describeExpression(field.relevant)}`
      : `Every ${recordType.name} record`,
    asked: field.relevant ? 'conditional' : 'always',
    ...(constraint && {
      constraint: {
        words: describeExpression(constraint),
        xlsform: compileToXlsform(constraint),
        ...(field.constraintMessage && { message: tr.text(field.constraintMessage) }),
      },
    }),
    ...(field.minimum !== undefined && { minimum: field.minimum }),
    ...(field.maximum !== undefined && { maximum: field.maximum }),
    ...(field.calculation && {
      calculation: { words: describeExpression(field.calculation), xlsform: compileToXlsform(field.calculation) },
    }),
    required: field.required,
    selfCompleted: field.selfCompleted,
    key: recordType.key.includes(field.name),
    path: field.path,
  };
}

function typeText(field: FieldDefinition): string {
  switch (field.questionType) {
    case 'select_one':
      return `select one (${field.listName ?? '?'})`;
    case 'select_multiple':
      return `select multiple (${field.listName ?? '?'}), space-separated codes`;
    case 'calculate':
      return `calculated ${field.valueType === 'string' ? 'text' : field.valueType}`;
    case undefined:
      return field.valueType === 'code'
        ? `one code (${field.listName ?? '?'})`
        : field.valueType === 'codes'
          ? `codes (${field.listName ?? '?'}), space-separated`
          : field.valueType;
    default:
      return field.questionType;
  }
}

/** "missing: don't know" in the codebook's words, shared by every format. */
export function missingWords(kind: MissingKind, words: CodebookWords): string {
  return kind === 'dont_know' ? words.dontKnow : kind === 'refused' ? words.refused : words.notApplicable;
}
