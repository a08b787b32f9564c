import { interviewStudyArtefacts, type GeneratedFile } from '@dh/core';
import { buildSurvivorConversations } from './activity.js';

/** The committed, generated files of this package for the published defaults; `npm run generate` writes them, a test pins them. */
export function survivorConversationsArtefacts(): Promise<GeneratedFile[]> {
  return interviewStudyArtefacts(buildSurvivorConversations());
}
