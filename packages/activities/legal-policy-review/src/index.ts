// The public API of @dh/legal-policy-review: the activity object and what tools and tests reuse.
export { activity, buildLegalPolicyReview } from './activity.js';
export { LEGAL_POLICY_REVIEW_VERSION } from './version.js';
export { PROVISIONS, UNCLEAR_GUIDANCE, guidanceText, provisionIds, type Provision } from './provisions.js';
export { LegalSettingsSchema, legalSettings, parseReviewers, type LegalSettings } from './settings.js';
export { LEGAL_ISSUES } from './issues.js';
export { SCORECARD_ID } from './scorecard.js';
export { RECORD_TYPE, CHECKLIST_ID } from './record-type.js';
export { legalPolicyReviewArtefacts } from './artefacts.js';
