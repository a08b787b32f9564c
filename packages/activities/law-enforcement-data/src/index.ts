// The public API of @dh/law-enforcement-data: the activity object and what tools and tests reuse.
export { activity, buildLawEnforcementData, lawEnforcementDataArtefacts } from './activity.js';
export { DECLARATION } from './declaration.js';
export { MEASURES, JUSTICE_CHAIN } from './measures.js';
export { OFFENCES } from './offences.js';
export { SOURCE_TYPES } from './sources.js';
export { TABLES } from './tables.js';
export { ACTIVITY_ID, LAW_ENFORCEMENT_DATA_VERSION } from './version.js';
