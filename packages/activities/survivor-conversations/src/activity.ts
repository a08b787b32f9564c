import {
  ethicalClearanceProblems,
  ethicalClearanceRefusal,
  type ActivityDefinition,
  type AssessmentConfig,
  type BuiltActivity,
} from '@dh/core';
import {
  participation,
  PARTICIPATION_LINK,
  PARTICIPATION_RULES,
  PARTICIPATION_TABLE,
  participationSynthesis,
  participationWithoutConversation,
  withdrawnContentKept,
} from './participation.js';
import { settingsOf, SettingsSchema } from './settings.js';
import { STUDY } from './study.js';
import { ACTIVITY_ID, SURVIVOR_CONVERSATIONS_VERSION } from './version.js';

/** Builds activity 8 for one assessment (or for the published defaults without one). */
export function buildSurvivorConversations(config?: AssessmentConfig): BuiltActivity {
  return STUDY.build(config, settingsOf(config).planned, {
    recordTypes: [participation],
    links: [PARTICIPATION_LINK],
    recordRules: PARTICIPATION_RULES,
    tables: [PARTICIPATION_TABLE],
    synthesis: participationSynthesis(),
  });
}

/**
 * Activity 8 of Disrupting Harm (docs/methodology.md § the interview activities). It runs
 * only where the assessment records ethical clearance: without it every command that would
 * read, synthesise or analyse its data refuses (`refusal`); its guides can still be built, for
 * the ethics application.
 */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Survivor conversations',
  version: SURVIVOR_CONVERSATIONS_VERSION,
  kind: 'interview',
  description:
    'Survivor-centred, trauma-informed conversations with young people who experienced online sexual exploitation or abuse as children, invited through an organisation that supports them: what helped, what did not, and what should change. Runs only with recorded ethical clearance; a refusal or withdrawal is recorded without any content.',
  settings: SettingsSchema,
  checkSettings: (config) => ethicalClearanceProblems(ACTIVITY_ID, settingsOf(config).ethicalClearance, config),
  refusal: (config) => ethicalClearanceRefusal(ACTIVITY_ID, settingsOf(config).ethicalClearance),
  issues: [...STUDY.issues, withdrawnContentKept, participationWithoutConversation],
  disclosure: STUDY.disclosure,
  comparability: STUDY.comparability,
  scaffold: STUDY.scaffold,
  build: buildSurvivorConversations,
};
