import { defineInstrument, type Instrument } from '@dh/core';
import { frontlineLists } from '../choice-lists.js';
import type { FrontlineParameters } from '../parameters.js';
import { FRONTLINE_WORKER_SURVEY_VERSION } from '../version.js';
import { identificationAndConsent } from './consent.js';
import { frontlineModules } from './modules.js';

export const QUESTIONNAIRE_ID = 'frontline_worker_questionnaire';
export const RECORD_TYPE = 'frontline_worker';

/**
 * The structured questionnaire of frontline social-support workers, asked face to face
 * (docs/methodology.md § frontline-worker-survey): one record per worker approached, keyed by
 * an anonymous respondent code. Exported like any questionnaire: XLSForm, codebooks, DDI, Table Schema.
 */
export function frontlineQuestionnaire(params: FrontlineParameters): Instrument {
  return defineInstrument({
    id: QUESTIONNAIRE_ID,
    title: 'Disrupting Harm survey of frontline social-support workers',
    version: FRONTLINE_WORKER_SURVEY_VERSION,
    recordType: RECORD_TYPE,
    key: ['respondent_id'],
    choiceLists: frontlineLists(params),
    children: [...identificationAndConsent(), ...frontlineModules()],
  });
}
