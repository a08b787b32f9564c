import { defineInterviewStudy } from '@dh/core';
import { CODING_FRAME } from './coding-frame.js';
import { GUIDE } from './guide.js';
import { RESPONDENT_TYPES } from './respondent-types.js';
import { ACTIVITY_ID, LAW_ENFORCEMENT_INTERVIEWS_VERSION } from './version.js';

/** What activity 4 shares with every interview activity, made by core's interview kit. */
export const STUDY = defineInterviewStudy({
  activityId: ACTIVITY_ID,
  version: LAW_ENFORCEMENT_INTERVIEWS_VERSION,
  prefix: 'le',
  name: 'Interviews with law-enforcement and justice officials',
  respondentTypes: RESPONDENT_TYPES,
  sectors: ['government', 'international', 'other_sector'],
  guide: GUIDE,
  frame: CODING_FRAME,
});
