import type { ActivityDefinition, AssessmentConfig, BuiltActivity } from '@dh/core';
import { CAPACITY_LINK, CAPACITY_RULES, CAPACITY_SCORECARD, capacityCheck, capacityNoteMissing, capacitySynthesis } from './capacity.js';
import { settingsOf, SettingsSchema } from './settings.js';
import { STUDY } from './study.js';
import { ACTIVITY_ID, LAW_ENFORCEMENT_INTERVIEWS_VERSION } from './version.js';

/** Builds activity 4 for one assessment (or for the published defaults without one). */
export function buildLawEnforcementInterviews(config?: AssessmentConfig): BuiltActivity {
  return STUDY.build(config, settingsOf(config).planned, {
    recordTypes: [capacityCheck],
    links: [CAPACITY_LINK],
    recordRules: CAPACITY_RULES,
    tables: [CAPACITY_SCORECARD],
    synthesis: capacitySynthesis(STUDY.draft.prefix),
  });
}

/** Activity 4 of Disrupting Harm (docs/methodology.md § the interview activities). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Interviews with law-enforcement and justice officials',
  version: LAW_ENFORCEMENT_INTERVIEWS_VERSION,
  kind: 'interview',
  description:
    'Semi-structured interviews with about ten police officers, prosecutors, judges and other officials on how cases of online child sexual exploitation and abuse are handled, and a capacity checklist of the country (dedicated unit, trained staff, ICSE connection, digital forensics, victim identification, budget) with its scorecard.',
  settings: SettingsSchema,
  issues: [...STUDY.issues, capacityNoteMissing],
  disclosure: STUDY.disclosure,
  comparability: STUDY.comparability,
  scaffold: STUDY.scaffold,
  build: buildLawEnforcementInterviews,
};
