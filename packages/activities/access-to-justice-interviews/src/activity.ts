import type { ActivityDefinition, AssessmentConfig, BuiltActivity } from '@dh/core';
import {
  CASE_ATTRITION,
  CASE_JOURNEY_LINK,
  CASE_JOURNEY_RULES,
  caseJourney,
  caseJourneySynthesis,
  COMPENSATION_OUTCOMES,
  journeyInconsistent,
  journeyOutOfOrder,
  STAGE_DATES_IN_ORDER,
} from './case-journey.js';
import { settingsOf, SettingsSchema } from './settings.js';
import { STUDY } from './study.js';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION, ACTIVITY_ID } from './version.js';

/** Builds activity 7 for one assessment (or for the published defaults without one). */
export function buildAccessToJusticeInterviews(config?: AssessmentConfig): BuiltActivity {
  return STUDY.build(config, settingsOf(config).planned, {
    recordTypes: [caseJourney],
    links: [CASE_JOURNEY_LINK],
    recordRules: CASE_JOURNEY_RULES,
    datasetRules: [STAGE_DATES_IN_ORDER],
    tables: [CASE_ATTRITION, COMPENSATION_OUTCOMES],
    synthesis: caseJourneySynthesis(),
  });
}

/** Activity 7 of Disrupting Harm (docs/methodology.md § the interview activities). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Access-to-justice interviews',
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  kind: 'interview',
  description:
    'Semi-structured interviews with about ten children who experienced online sexual exploitation or abuse and whose cases reached the authorities, ten caregivers and ten justice professionals, on how the justice system treated the children from report to verdict, including compensation and support, and a case journey per child (offence, stages reached, compensation sought, awarded and received) with its attrition and compensation tables.',
  settings: SettingsSchema,
  issues: [...STUDY.issues, journeyInconsistent, journeyOutOfOrder],
  disclosure: STUDY.disclosure,
  comparability: STUDY.comparability,
  scaffold: STUDY.scaffold,
  build: buildAccessToJusticeInterviews,
};
