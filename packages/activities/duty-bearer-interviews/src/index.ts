// The public API of @dh/duty-bearer-interviews: the activity object and what tools and tests reuse.
export { activity, buildDutyBearerInterviews } from './activity.js';
export { DUTY_BEARER_INTERVIEWS_VERSION } from './version.js';
export { RESPONDENT_TYPES, SECTORS } from './respondent-types.js';
export { GUIDE } from './guide.js';
export { CODING_FRAME } from './coding-frame.js';
export { SettingsSchema, type Settings } from './settings.js';
export { dutyBearerInterviewsArtefacts } from './artefacts.js';
