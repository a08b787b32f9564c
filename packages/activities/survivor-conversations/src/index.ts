// The public API of @dh/survivor-conversations: the activity object and what tools and tests reuse.
export { activity, buildSurvivorConversations } from './activity.js';
export { SURVIVOR_CONVERSATIONS_VERSION } from './version.js';
export { RESPONDENT_TYPES } from './respondent-types.js';
export { GUIDE } from './guide.js';
export { CODING_FRAME } from './coding-frame.js';
export { PARTICIPATION_OUTCOMES } from './participation.js';
export { SettingsSchema, type Settings } from './settings.js';
export { survivorConversationsArtefacts } from './artefacts.js';
