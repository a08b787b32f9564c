import { codeList, instrument } from './instrument-change-rules.js';
import { datasetRule, derivedVariable, disaggregation, indicator, recordRule, recordType, table } from './contract-change-rules.js';
import type { EntityRules } from './snapshot-diff.js';

// The rules of docs/methodology.md § comparability, one entry per list a snapshot holds:
// major breaks comparison, minor adds, patch rewords. A field no rule names is major.

/** The rules for each list of a snapshot, in the order changes are reported. */
export const SNAPSHOT_RULES: Readonly<Record<string, EntityRules>> = {
  instruments: instrument,
  codeLists: codeList,
  recordTypes: recordType,
  derivedVariables: derivedVariable,
  disaggregations: disaggregation,
  indicators: indicator,
  tables: table,
  recordRules: recordRule,
  datasetRules: datasetRule,
};
