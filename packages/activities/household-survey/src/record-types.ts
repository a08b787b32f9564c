import { recordTypesOf, self, type Expr, type FieldDefinition, type Instrument, type RecordType } from '@dh/core';

/**
 * The design weight, added to the record types after collection (it is computed by the
 * sampling statistician, never asked): a positive decimal, present wherever the record is
 * a respondent's (docs/methodology.md § household-survey: weights correct for selection and
 * non-response). Its name comes from the assessment config (`survey.weightVariable`).
 */
export function weightField(name: string, respondent: Expr): FieldDefinition {
  return {
    name,
    questionType: 'decimal',
    valueType: 'number',
    label: { key: `weights.${name}.label`, en: 'Design weight (from the sampling statistician; not asked)' },
    required: true,
    relevant: respondent,
    minimum: 0,
    constraint: self().gt(0),
    constraintMessage: { key: `weights.${name}.constraint_message`, en: 'A design weight is a number greater than 0.' },
    extensionList: false,
    selfCompleted: false,
    freeText: false,
    path: [],
  };
}

/** The record types of the instruments, with a weight field on those named in `weighted` (record type → respondent condition). */
export function surveyRecordTypes(
  instruments: readonly Instrument[],
  weightVariable: string,
  weighted: ReadonlyMap<string, Expr>,
): RecordType[] {
  return instruments.flatMap(recordTypesOf).map((recordType) => {
    const respondent = weighted.get(recordType.name);
    if (respondent === undefined) return recordType;
    return { ...recordType, fields: [...recordType.fields, weightField(weightVariable, respondent)] };
  });
}
