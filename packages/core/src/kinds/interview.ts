// The interview kit (docs/methodology.md § the interview activities): what the four interview
// activities share, written once. An activity package describes itself with an
// InterviewStudyDraft and adds only what is its own.
export * from './interview-study-draft.js';
export * from './interview-study.js';
export * from './interview-lists.js';
export * from './interview-log.js';
export * from './interview-segments.js';
export * from './interview-issues.js';
export * from './interview-rules.js';
export * from './interview-settings.js';
export * from './interview-tables.js';
export * from './interview-synthesis.js';
export * from './interview-artefacts.js';
export * from './interview-script.js';
export * from './interview-clearance.js';
export * from './interview-study-checks.js';
