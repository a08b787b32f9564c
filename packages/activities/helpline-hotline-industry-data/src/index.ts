// The public API of @dh/helpline-hotline-industry-data: the activity object and what tools and tests reuse.
export { activity, buildHelplineHotlineIndustryData, helplineHotlineIndustryDataArtefacts } from './activity.js';
export { DECLARATION } from './declaration.js';
export { CONTACT_REASONS, PLATFORM_TYPES } from './lists.js';
export { MEASURES, SUBSETS } from './measures.js';
export { SOURCE_TYPES } from './sources.js';
export { TABLES } from './tables.js';
export { ACTIVITY_ID, HELPLINE_HOTLINE_INDUSTRY_DATA_VERSION } from './version.js';
