// The public API of @dh/core: the contract every activity implements and every tool reads.
export type * from './expression/ast.js';
export * from './expression/builders.js';
export * from './expression/compile-xlsform.js';
export * from './expression/evaluate.js';
export * from './expression/references.js';
export * from './expression/describe.js';

export type * from './instrument/types.js';
export * from './instrument/builder.js';
export * from './instrument/walk.js';
export * from './instrument/extension-points.js';
export * from './instrument/check-instrument.js';
export * from './instrument/translations.js';
export * from './instrument/activity-instrument.js';
export * from './instrument/interview-guide.js';
export * from './instrument/coding-frame.js';
export * from './instrument/theme-guid.js';
export * from './instrument/shared-theme-codes.js';
export type * from './instrument/data-request.js';
export type * from './instrument/checklist.js';

export * from './records/record-type.js';
export * from './records/define-record-type.js';
export * from './records/record-schema.js';
export * from './records/json-schema.js';
export * from './records/validator.js';
export * from './runtime-code-generation.js';
export * from './records/typescript-types.js';

export * from './issues/catalogue.js';
export * from './issues/issue.js';

export * from './config/iso3166.js';
export * from './config/language.js';
export * from './config/assessment-config.js';
export type * from './config/config-problem.js';
export * from './config/load-assessment-config.js';
export * from './config/read-assessment-config.js';
export * from './config/find-assessment.js';
export * from './config/activity-settings.js';

export * from './activity/activity-id.js';
export type * from './activity/contracts.js';
export * from './activity/record-table.js';
export type * from './activity/activity-definition.js';
export type * from './activity/synthesis.js';
export type * from './activity/disclosure.js';
export * from './activity/comparability.js';
export type * from './activity/scaffold.js';
export type * from './activity/table-contracts.js';
export * from './activity/load-activities.js';
export * from './activity/country-questions.js';
export * from './activity/versions.js';
export * from './kinds/interview.js';

export * from './text/markup.js';
export * from './text/csv.js';
export * from './text/code-label-list.js';
export * from './text/html-document.js';
export * from './text/json-error-offset.js';

export * from './files/write-files.js';
export * from './files/real-path.js';
export * from './generated/generated-files.js';
export * from './generated/record-artefacts.js';
export * from './generated/issue-codes-doc.js';

export * from './kinds/aggregate-statistics/index.js';
export * from './versions/activity-snapshot-schema.js';
export * from './versions/activity-snapshot.js';
export * from './versions/bump-level.js';
export * from './versions/snapshot-diff.js';
