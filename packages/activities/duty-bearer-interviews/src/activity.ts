import type { ActivityDefinition, AssessmentConfig, BuiltActivity } from '@dh/core';
import { settingsOf, SettingsSchema } from './settings.js';
import { STUDY } from './study.js';
import { ACTIVITY_ID, DUTY_BEARER_INTERVIEWS_VERSION } from './version.js';

/** Builds activity 6 for one assessment (or for the published defaults without one): all of it is the interview kit's. */
export function buildDutyBearerInterviews(config?: AssessmentConfig): BuiltActivity {
  return STUDY.build(config, settingsOf(config).planned);
}

/** Activity 6 of Disrupting Harm (docs/methodology.md § the interview activities). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Interviews with duty-bearers',
  version: DUTY_BEARER_INTERVIEWS_VERSION,
  kind: 'interview',
  description:
    'Semi-structured interviews with up to twelve senior duty-bearers (child protection and social welfare, justice and policing policy, education, health, the ICT regulator, oversight institutions and civil-society leaders) on the legal and policy environment, coordination, prevention, and response and support services for online child sexual exploitation and abuse.',
  settings: SettingsSchema,
  issues: STUDY.issues,
  disclosure: STUDY.disclosure,
  comparability: STUDY.comparability,
  scaffold: STUDY.scaffold,
  build: buildDutyBearerInterviews,
};
