// The public API of @dh/exporters: instrument exports for field teams, archives and data tools.
export * from './xlsform/xlsform-workbook.js';
export * from './xlsform/xlsform-version.js';
export * from './xlsform/xlsform-texts.js';
export * from './xlsform/build-xlsform.js';
export * from './xlsform/write-xlsform.js';
export * from './xlsform/read-xlsform.js';
export type * from './xlsform/xlsform-problem.js';
export * from './xlsform/check-xlsform.js';

export type * from './codebook/codebook-model.js';
export { codebookOf } from './codebook/codebook-model.js';
export * from './codebook/markdown-codebook.js';
export * from './codebook/html-codebook.js';
export * from './codebook/ddi-codebook.js';

export * from './frictionless/table-schema.js';
export * from './frictionless/data-package.js';

export * from './artefacts/export-file.js';
export * from './artefacts/extension-label-translations.js';
export * from './artefacts/unfilled-extension-lists.js';
export * from './artefacts/activity-artefacts.js';
export * from './artefacts/instrument-exports.js';
export { activityExportTexts, EXPORT_TEXTS, exportTexts, Translator } from './texts/export-texts.js';
export type * from './document/document-model.js';
export { documentMarkdown } from './document/markdown.js';
export { documentHtml } from './document/html.js';
export { documentDocx } from './document/docx.js';
export { refiCodebook } from './frame/refi-codebook.js';
// Kept where they were first published; they live in core, which validate reads .qdpx projects with.
export { themeGuid, uuidV5, DH_UUID_NAMESPACE } from '@dh/core';
export { DH_SHEET } from './common/workbook.js';
export { REQUEST_LAYOUT } from './request/request-workbook.js';
