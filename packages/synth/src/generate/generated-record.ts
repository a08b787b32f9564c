/**
 * One synthetic record while a PSU is generated. Values are text exactly as they will be
 * written (codes, numbers, space-separated multiple codes, '' for no answer), which is also
 * how an XForm instance holds them, so expressions evaluate as on the tablet. A repeat row's
 * values inherit its parent's, so its expressions can read the parent's answers.
 */
export interface GeneratedRecord {
  readonly recordType: string;
  readonly values: Record<string, string>;
  readonly parent: GeneratedRecord | undefined;
  /** Index of its stratum in the sample. */
  readonly stratum: number;
  /** The number of eligible rows a selection chose it from (1 when not selected). */
  selectedAmong: number;
  /** The response rate of the follow-on step that made it (1 otherwise). */
  responseRate: number;
  /** Its design weight, computed once the PSU is complete (NaN before, or without one). */
  weight: number;
}

export function newRecord(
  recordType: string,
  values: Record<string, string>,
  parent: GeneratedRecord | undefined,
  stratum: number,
): GeneratedRecord {
  return { recordType, values, parent, stratum, selectedAmong: 1, responseRate: 1, weight: Number.NaN };
}

/** The nearest record of a type: this one or an ancestor. */
export function lineageRecord(record: GeneratedRecord | undefined, recordType: string): GeneratedRecord | undefined {
  let current = record;
  while (current && current.recordType !== recordType) current = current.parent;
  return current;
}
