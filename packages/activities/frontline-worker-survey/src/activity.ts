import { recordTypesOf, type ActivityDefinition, type AssessmentConfig, type BuiltActivity, type ScaffoldDeclaration } from '@dh/core';
import { FRONTLINE_DISAGGREGATIONS } from './disaggregations.js';
import { frontlineIndicators } from './indicators.js';
import { BEFORE_CONSENT, consented } from './instrument/consent.js';
import { frontlineQuestionnaire, RECORD_TYPE } from './instrument/questionnaire.js';
import { frontlineParameters } from './parameters.js';
import { checkFrontlineSettings, FrontlineSettingsSchema } from './settings.js';
import { frontlineSynthesisPlan } from './synthesis-plan.js';
import { ACTIVITY_ID, FRONTLINE_WORKER_SURVEY_VERSION } from './version.js';

/** Builds the survey for one assessment (or for the published defaults without one). */
export function buildFrontlineWorkerSurvey(config?: AssessmentConfig): BuiltActivity {
  const params = frontlineParameters(config);
  const questionnaire = frontlineQuestionnaire(params);
  return {
    instruments: [questionnaire],
    recordTypes: recordTypesOf(questionnaire),
    links: [],
    recordRules: [],
    datasetRules: [],
    derivedVariables: [],
    // A purposive sample has no strata, PSUs or weights: none are asked for (docs/methodology.md § frontline-worker-survey).
    designs: [],
    consent: [{ recordType: RECORD_TYPE, condition: consented, before: BEFORE_CONSENT }],
    disaggregations: FRONTLINE_DISAGGREGATIONS,
    indicators: frontlineIndicators(questionnaire),
    tables: [],
    synthesis: frontlineSynthesisPlan(params),
  };
}

/** What `dh new country` asks for the survey, and the settings it makes of the answers. */
const scaffold: ScaffoldDeclaration = {
  options: [
    {
      name: 'target-sample-size',
      type: 'integer',
      default: 50,
      description: 'planned number of frontline workers interviewed (a purposive sample)',
    },
  ],
  settings: (options) => ({ targetSampleSize: Number(options['target-sample-size'] ?? 50) }),
};

/** Activity 5 of Disrupting Harm (docs/methodology.md § frontline-worker-survey). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Survey of frontline social-support workers',
  version: FRONTLINE_WORKER_SURVEY_VERSION,
  kind: 'survey',
  description:
    'A structured face-to-face questionnaire of about 50 frontline workers (social workers, case workers, counsellors) chosen purposively: their role, sector, region and experience, OCSEA cases seen in the past year, training, knowledge of reporting, perceived barriers to disclosure and reporting, and resources. Unweighted shares, never representative of all frontline workers.',
  settings: FrontlineSettingsSchema,
  checkSettings: checkFrontlineSettings,
  issues: [],
  disclosure: {
    case: 'respondent',
    description: 'Shares among a purposive sample of workers: a cell resting on too few respondents is suppressed, and flagged when few.',
  },
  comparability: [],
  scaffold,
  build: buildFrontlineWorkerSurvey,
};
