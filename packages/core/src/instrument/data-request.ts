import type { ChoiceList, Text } from './types.js';
import type { ScriptParagraph } from './interview-guide.js';

/** A statistic asked of a source, with the words that must travel with every number of it. */
export interface RequestMeasure {
  readonly id: string;
  readonly label: Text;
  /** What one is: "reports", "cases", "children". */
  readonly unit: Text;
  readonly definition: Text;
  /** E.g. "Reports are not victims, cases or prevalence." */
  readonly caveat: Text;
  /** The list its categories come from (offence or contact type); none when it is only a total. */
  readonly categoryList?: string;
  /** The lists it may be broken down by (sex, age band of the child, platform type). */
  readonly breakdownLists: readonly string[];
}

/** One sheet of the request: a kind of source (police unit, helpline) and the measures asked of it. */
export interface RequestSheet {
  readonly id: string;
  readonly title: Text;
  /** Code of the source type in the record (`source_type`). */
  readonly sourceType: string;
  readonly measures: readonly string[];
}

/** Which field of the long record each part of a filled workbook goes into. */
export interface RequestFields {
  readonly sourceType: string;
  readonly organisation: string;
  readonly document: string;
  readonly retrieved: string;
  readonly period: string;
  readonly measure: string;
  readonly category: string;
  readonly breakdown: string;
  readonly value: string;
  readonly note: string;
}

/**
 * A data-request workbook (docs/methodology.md § 3 and 9): what a research team sends to a
 * police unit or helpline. One sheet per source type, measures as rows and periods as
 * columns; `dh validate` reads a filled one back into `recordType`, one row per value.
 */
export interface DataRequest {
  readonly kind: 'data-request';
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly instructions: readonly ScriptParagraph[];
  readonly sheets: readonly RequestSheet[];
  readonly measures: readonly RequestMeasure[];
  /** The periods asked for, as columns (ISO: 2021, 2021-Q3, 2021-07). */
  readonly periods: readonly string[];
  readonly choiceLists: readonly ChoiceList[];
  readonly recordType: string;
  readonly fields: RequestFields;
  /** What a source writes where a figure is not available (never 0). */
  readonly notAvailable: string;
  /** The code of the category and of the breakdown meaning "all" (a total). */
  readonly total: string;
}
