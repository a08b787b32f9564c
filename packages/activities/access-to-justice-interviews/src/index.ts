// The public API of @dh/access-to-justice-interviews: the activity object and what tools and tests reuse.
export { activity, buildAccessToJusticeInterviews } from './activity.js';
export { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION } from './version.js';
export { RESPONDENT_TYPES } from './respondent-types.js';
export { GUIDE } from './guide.js';
export { CODING_FRAME } from './coding-frame.js';
export { CASE_STAGES, CASE_STATUSES, OFFENCE_TYPES } from './case-journey.js';
export { SettingsSchema, type Settings } from './settings.js';
export { accessToJusticeInterviewsArtefacts } from './artefacts.js';
