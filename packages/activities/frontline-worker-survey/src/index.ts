// The public API of @dh/frontline-worker-survey: the activity object and what tools and tests reuse.
export { activity, buildFrontlineWorkerSurvey } from './activity.js';
export { FRONTLINE_WORKER_SURVEY_VERSION } from './version.js';
export { FrontlineSettingsSchema, frontlineSettings, type FrontlineSettings } from './settings.js';
export { frontlineParameters, DEFAULT_REGIONS, type FrontlineParameters } from './parameters.js';
export { PURPOSIVE_CAVEAT } from './indicators.js';
export { FRONTLINE_DISAGGREGATIONS } from './disaggregations.js';
export { QUESTIONNAIRE_ID, RECORD_TYPE } from './instrument/questionnaire.js';
export { frontlineWorkerSurveyArtefacts } from './artefacts.js';
