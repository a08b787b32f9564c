// The public API of @dh/household-survey: the activity object and what tools and tests reuse.
export { activity, buildHouseholdSurvey } from './activity.js';
export { HOUSEHOLD_SURVEY_VERSION } from './version.js';
export { surveyParameters, DEFAULT_STRATA, DEFAULT_PLATFORMS, type SurveyParameters, type Stratum } from './survey-parameters.js';
export { OCSEA_ITEMS, CLEAR_EXAMPLE_ITEMS, KNOWN_OFFENDER_CODES, type OcseaItem } from './ocsea-items.js';
export { DEFAULT_PREVALENCE } from './synthesis-plan.js';
export { ageBands } from './disaggregations.js';
export { householdSurveyArtefacts } from './artefacts.js';
export { untranslatedByLanguage, type TranslationReport } from './translations-report.js';
