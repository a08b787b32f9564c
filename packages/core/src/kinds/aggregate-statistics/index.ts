// The aggregate-statistics kit: what law-enforcement and helpline, hotline and industry
// statistics share (docs/methodology.md § law-enforcement-data and helpline-hotline-industry-data).
export * from './declaration.js';
export * from './periods.js';
export * from './reported-figure.js';
export * from './statistics-request.js';
export * from './statistics-issues.js';
export * from './statistics-rules.js';
export * from './measure-order-rules.js';
export * from './statistics-tables.js';
export * from './statistics-synthesis.js';
export * from './statistics-settings.js';
export * from './statistics-activity.js';
export * from './shared-lists.js';
export * from './statistics-artefacts.js';
