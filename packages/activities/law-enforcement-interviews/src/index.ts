// The public API of @dh/law-enforcement-interviews: the activity object and what tools and tests reuse.
export { activity, buildLawEnforcementInterviews } from './activity.js';
export { LAW_ENFORCEMENT_INTERVIEWS_VERSION } from './version.js';
export { RESPONDENT_TYPES } from './respondent-types.js';
export { GUIDE } from './guide.js';
export { CODING_FRAME } from './coding-frame.js';
export { CAPACITY_ELEMENTS, CAPACITY_STATUSES } from './capacity.js';
export { SettingsSchema, type Settings } from './settings.js';
export { lawEnforcementInterviewsArtefacts } from './artefacts.js';
